// All objects in one non-default namespace: the command is `kubectl get cronjobs,jobs,pods -n batch -o wide` and no
// table has a NAMESPACE column; the CronJob's Job (scheduled 00:05, running) shows ACTIVE 1 and LAST SCHEDULE 30s.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: c, namespace: batch}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 1h}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'printers2/single-namespace-cronjob',
  source: 'kubectl get -n NS (no NAMESPACE column); printers.go printCronJob (len(Status.Active), lastScheduleTime)',
  args: ['--duration', '5m30s'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '5m30s']);
    h.assert(out.includes('$ kubectl get cronjobs,jobs,pods -n batch -o wide   # at 2026-01-01T00:05:30Z'), 'command with -n batch');
    const cj = tableOf(out, 'cronjob.batch');
    h.eq(cj.header[0], 'NAME', 'no NAMESPACE column');
    const row = rowOf(cj, 'cronjob.batch/c');
    h.eq([row.SCHEDULE, row.ACTIVE, row['LAST SCHEDULE'], row.AGE], ['*/5 * * * *', '1', '30s', '5m30s'], 'cronjob row');
    const j = rowOf(tableOf(out, 'job.batch'), 'job.batch/c-29453765');
    // created 100ms after 00:05; the API server writes creationTimestamp and startTime in whole seconds (00:05:00)
    h.eq([h.job('c-29453765', 'batch').metadata.creationTimestamp, h.job('c-29453765', 'batch').status.startTime], ['2026-01-01T00:05:00Z', '2026-01-01T00:05:00Z'], 'second-precision times');
    h.eq([j.STATUS, j.COMPLETIONS, j.DURATION, j.AGE], ['Running', '0/1', '30s', '30s'], 'job row');
  },
};
