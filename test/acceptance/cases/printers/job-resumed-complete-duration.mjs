// A Job suspended at 1h (its pod deleted) and resumed at 2h: startTime is reset to 2h, so once its new pod
// completes the DURATION is completionTime - startTime = 11s, while AGE counts from creation.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: resumed}
spec:
  timeline:
    - {at: 1h, patch: {kind: Job, name: res, spec: {suspend: true}}}
    - {at: 2h, patch: {kind: Job, name: res, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: res}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: slow}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "2h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers/job-resumed-complete-duration',
  source: 'pkg/printers/internalversion/printers.go printJob (CompletionTime.Sub(StartTime)); job_controller syncJob resets StartTime on resume',
  args: ['--duration', '3h'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '3h']), 'job.batch');
    const res = rowOf(t, 'job.batch/res');
    h.eq([res.STATUS, res.COMPLETIONS, res.AGE], ['Complete', '1/1', '3h'], 'res row');
    h.eq(res.DURATION, '11s', 'res DURATION');
    const slow = rowOf(t, 'job.batch/slow');
    h.eq([slow.STATUS, slow.DURATION], ['Complete', '120m'], 'slow: 2h0m1s renders as minutes below 3h');
  },
};
