// STATUS Suspended comes from the Suspended=True condition; a suspended Job keeps its startTime (DURATION since
// the first start), a resumed one has startTime reset to the resume time (job_controller syncJob "Resumed jobs will
// always reset StartTime"), so DURATION counts from the resume; a Job created suspended has none until resumed.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: suspend-resume}
spec:
  timeline:
    - {at: 1h, patch: {kind: Job, name: sus, spec: {suspend: true}}}
    - {at: 1h, patch: {kind: Job, name: res, spec: {suspend: true}}}
    - {at: 2h, patch: {kind: Job, name: res, spec: {suspend: false}}}
    - {at: 90m, patch: {kind: Job, name: late, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sus}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: res}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: late}
spec:
  suspend: true
  template:
    metadata: {annotations: {jobsim/duration: "10h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: never}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers/job-suspend-resume-duration',
  source: 'pkg/printers/internalversion/printers.go printJob (Suspended status, DURATION from status.startTime); pkg/controller/job/job_controller.go syncJob (StartTime reset on resume)',
  args: ['--duration', '3h'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '3h']), 'job.batch');
    const cells = (n) => { const x = rowOf(t, `job.batch/${n}`); return [x.STATUS, x.COMPLETIONS, x.DURATION, x.AGE]; };
    h.eq(cells('sus'), ['Suspended', '0/1', '3h', '3h'], 'sus row');
    h.eq(cells('res'), ['Running', '0/1', '60m', '3h'], 'res row');
    h.eq(cells('late'), ['Running', '0/1', '90m', '3h'], 'late row');
    h.eq(cells('never'), ['Suspended', '0/1', '', '3h'], 'never row');
  },
};
