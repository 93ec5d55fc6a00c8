// printJob COMPLETIONS: "succeeded/completions" when spec.completions is set (Indexed or NonIndexed, 0 too);
// without completions, "succeeded/1 of parallelism" when parallelism > 1, else "succeeded/1" (parallelism 0 and 1).
import { runText, tableOf, rowOf, humanDuration } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: idx}
spec:
  completions: 4
  parallelism: 2
  completionMode: Indexed
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: wq1}
spec:
  parallelism: 1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: wq4}
spec:
  parallelism: 4
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: p0}
spec:
  parallelism: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: c0}
spec:
  completions: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: perindex}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  backoffLimitPerIndex: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers/job-completions-formats',
  source: 'pkg/printers/internalversion/printers.go printJob (completions: "%d/%d", "%d/1 of %d" when parallelism > 1, "%d/1"); TestPrintJob rows job1/job2/job3',
  args: ['--duration', '5m'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '5m']), 'job.batch');
    const want = {
      idx: ['Complete', '4/4'], wq1: ['Complete', '1/1'], wq4: ['Complete', '4/1 of 4'],
      p0: ['Running', '0/1'], c0: ['Complete', '0/0'], perindex: ['Failed', '0/3'],
    };
    for (const [name, [status, completions]] of Object.entries(want)) {
      const row = rowOf(t, `job.batch/${name}`);
      h.eq([row.STATUS, row.COMPLETIONS], [status, completions], `job ${name} STATUS, COMPLETIONS`);
      const j = h.job(name);
      const end = j.status.completionTime ? Date.parse(j.status.completionTime) : Date.parse(r.spec.end);
      h.eq(row.DURATION, humanDuration(end - Date.parse(j.status.startTime)), `job ${name} DURATION`);
    }
    h.eq(rowOf(t, 'job.batch/c0').DURATION, '0s', 'completions 0: completionTime = startTime');
    h.eq(rowOf(t, 'job.batch/p0').DURATION, '5m', 'parallelism 0: started (startTime set), never finishes');
  },
};
