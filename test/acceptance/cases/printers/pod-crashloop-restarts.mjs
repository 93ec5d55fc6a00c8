// A container in crash-loop back-off: STATUS is its waiting reason CrashLoopBackOff, READY 0/1, RESTARTS
// "<restartCount> (<HumanDuration since lastState.terminated.finishedAt> ago)".
import { runText, tableOf, rowOf, humanDuration } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: crash}
spec:
  backoffLimit: 100
  template:
    metadata: {annotations: {jobsim/exit-codes: "1", jobsim/duration: "30s"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`;
export default {
  id: 'printers/pod-crashloop-restarts',
  source: 'pkg/printers/internalversion/printers.go printPod (waiting reason; restartsStr "%d (%s ago)" from LastTerminationState.Terminated.FinishedAt)',
  args: ['--duration', '10m'],
  scenario,
  check(r, h) {
    const pod = h.podsOf('crash')[0];
    const cs = pod.status.containerStatuses[0];
    h.eq(cs.state.waiting?.reason, 'CrashLoopBackOff', 'container waiting reason');
    h.assert(cs.restartCount >= 5, `restartCount ${cs.restartCount}`);
    const ago = humanDuration(Date.parse(r.spec.end) - Date.parse(cs.lastState.terminated.finishedAt));
    const row = rowOf(tableOf(runText(scenario, ['--duration', '10m']), 'pod'), `pod/${pod.metadata.name}`);
    h.eq([row.READY, row.STATUS, row.RESTARTS, row.AGE], ['0/1', 'CrashLoopBackOff', `${cs.restartCount} (${ago} ago)`, '10m'], 'crash pod row');
  },
};
