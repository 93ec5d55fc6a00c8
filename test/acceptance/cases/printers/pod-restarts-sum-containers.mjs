// RESTARTS sums the restartCount of all containers (two containers failing together restart together), and the
// "(... ago)" part uses the latest lastState finishedAt among them.
import { runText, tableOf, rowOf, humanDuration } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: pair}
spec:
  backoffLimit: 100
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0", jobsim/duration: "20s"}}
    spec:
      containers: [{name: a, image: busybox}, {name: b, image: alpine}]
      restartPolicy: OnFailure
`;
export default {
  id: 'printers/pod-restarts-sum-containers',
  source: 'pkg/printers/internalversion/printers.go printPod (restarts += RestartCount per container; lastRestartDate the latest FinishedAt)',
  args: ['--duration', '30m'],
  scenario,
  check(r, h) {
    const pod = h.podsOf('pair')[0];
    const cs = pod.status.containerStatuses;
    const total = cs.reduce((n, c) => n + c.restartCount, 0);
    h.eq(total, 4, 'restartCount summed');
    const last = Math.max(...cs.map((c) => Date.parse(c.lastState.terminated.finishedAt)));
    const row = rowOf(tableOf(runText(scenario, ['--duration', '30m']), 'pod'), `pod/${pod.metadata.name}`);
    h.eq([row.READY, row.STATUS, row.RESTARTS], ['0/2', 'Completed', `4 (${humanDuration(Date.parse(r.spec.end) - last)} ago)`], 'pair pod row');
    h.assert(/^4 \(29m ago\)$/.test(row.RESTARTS), `RESTARTS ${row.RESTARTS}`);
  },
};
