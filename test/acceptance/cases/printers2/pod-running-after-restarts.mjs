// An OnFailure pod running again after two failed runs: STATUS Running, READY 1/1, RESTARTS "2 (<since the last
// run ended> ago)", the "(... ago)" taken from lastState.terminated.finishedAt; Job still Running, 0/1.
import { runText, tableOf, rowOf, humanDuration } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: flaky}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0", jobsim/duration: 20s}}
    spec:
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: OnFailure
`;
export default {
  id: 'printers2/pod-running-after-restarts',
  source: 'pkg/printers/internalversion/printers.go printPod (ready running containers, restarts "%d (%s ago)" from LastTerminationState.Terminated.FinishedAt)',
  args: ['--duration', '65s'],
  scenario,
  check(r, h) {
    const pod = h.podsOf('flaky')[0];
    const cs = pod.status.containerStatuses[0];
    h.assert(cs.state.running && cs.restartCount === 2 && cs.ready, `container running after 2 restarts: ${JSON.stringify(cs)}`);
    const ago = humanDuration(Date.parse(r.spec.end) - Date.parse(cs.lastState.terminated.finishedAt));
    const out = runText(scenario, ['--duration', '65s']);
    const row = rowOf(tableOf(out, 'pod'), `pod/${pod.metadata.name}`);
    h.eq([row.READY, row.STATUS, row.RESTARTS, row.AGE], ['1/1', 'Running', `2 (${ago} ago)`, '65s'], 'pod row');
    const j = rowOf(tableOf(out, 'job.batch'), 'job.batch/flaky');
    h.eq([j.STATUS, j.COMPLETIONS, j.DURATION], ['Running', '0/1', '65s'], 'job row');
  },
};
