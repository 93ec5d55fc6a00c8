// An OnFailure pod that succeeded on its third run: STATUS Completed, RESTARTS "2 (9m ago)": the last restart's
// run ended (lastState finishedAt) at 1m, read at 10m.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: flaky}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0", jobsim/duration: "30s"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`;
export default {
  id: 'printers/pod-completed-after-restarts',
  source: 'pkg/printers/internalversion/printers.go printPod (restarts and lastRestartDate also for a finished pod)',
  args: ['--duration', '10m'],
  scenario,
  check(r, h) {
    const pod = h.podsOf('flaky')[0];
    h.eq(pod.status.containerStatuses[0].lastState.terminated.finishedAt, '2026-01-01T00:01:00Z', 'last failed run finishedAt');
    const row = rowOf(tableOf(runText(scenario, ['--duration', '10m']), 'pod'), `pod/${pod.metadata.name}`);
    h.eq([row.READY, row.STATUS, row.RESTARTS], ['0/1', 'Completed', '2 (9m ago)'], 'flaky pod row');
    const j = rowOf(tableOf(runText(scenario, ['--duration', '10m']), 'job.batch'), 'job.batch/flaky');
    h.eq([j.STATUS, j.COMPLETIONS], ['Complete', '1/1'], 'job row');
  },
};
