// HumanDuration m+s form below 10 minutes: a pod of 149s completes its Job at 150s (1s batching), DURATION
// completionTime - startTime = "2m30s"; read at 9m59s the AGE is "9m59s"; a 119s Job shows "2m" (120s exactly).
import { runText, tableOf, rowOf, humanDuration } from '../../text-tables.mjs';

const job = (name, d) => `
---
apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:
  template:
    metadata: {annotations: {jobsim/duration: ${d}}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const scenario = job('a', '149s') + job('b', '119s');
export default {
  id: 'printers2/job-duration-minutes-seconds',
  source: 'k8s.io/apimachinery/pkg/util/duration HumanDuration ("%dm%ds" below 10m, "%dm" when seconds are 0); printers.go printJob',
  args: ['--duration', '9m59s'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '9m59s']), 'job.batch');
    for (const [n, want] of [['a', '2m30s'], ['b', '2m']]) {
      const j = h.job(n);
      h.eq(humanDuration(Date.parse(j.status.completionTime) - Date.parse(j.status.startTime)), want, `${n} duration from the JSON`);
      const x = rowOf(t, `job.batch/${n}`);
      h.eq([x.STATUS, x.DURATION, x.AGE], ['Complete', want, '9m59s'], `${n} row`);
    }
  },
};
