// STATUS FailureTarget: a FailJob rule fired (FailureTarget=True) but the Failed condition waits for the Job's pods
// to terminate; the other pod sits on a node whose kubelet stopped, so it stays Terminating (READY 1/1: the node
// controller only sets the pod's Ready condition, containerStatuses keep ready=true) and the Job keeps FailureTarget.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: failure-target}
spec:
  cluster:
    nodePools:
      - {name: w, count: 2, capacity: {cpu: "1", memory: 4Gi, pods: 10}}
  faults:
    - {at: 5s, nodeDown: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ft}
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  podFailurePolicy:
    rules:
      - action: FailJob
        onExitCodes: {operator: In, values: [42]}
  template:
    metadata: {annotations: {jobsim/exit-codes: "42"}}
    spec:
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`;
export default {
  id: 'printers/job-failuretarget-status',
  source: 'pkg/printers/internalversion/printers.go printJob (status FailureTarget after Complete/Failed/Terminating/Suspended), printPod (Terminating, READY)',
  args: ['--duration', '20m'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '20m']);
    const j = rowOf(tableOf(out, 'job.batch'), 'job.batch/ft');
    h.eq([j.STATUS, j.COMPLETIONS, j.DURATION, j.AGE], ['FailureTarget', '0/2', '20m', '20m'], 'ft row');
    const pods = tableOf(out, 'pod').rows;
    const onDown = pods.find((p) => p.NODE === 'w-1');
    const onUp = pods.find((p) => p.NODE === 'w-2');
    h.assert(onDown && onUp, `pods on w-1 and w-2: ${JSON.stringify(pods)}`);
    h.eq([onUp.READY, onUp.STATUS, onUp.RESTARTS], ['0/1', 'Error', '0'], 'pod that exited 42');
    h.eq([onDown.READY, onDown.STATUS, onDown.RESTARTS], ['1/1', 'Terminating', '0'], 'pod left on the stopped node');
  },
};
