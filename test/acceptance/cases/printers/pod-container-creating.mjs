// While the kubelet pulls the image (latency 30s), the containers wait with reason ContainerCreating: STATUS
// ContainerCreating, READY 0/1; the Job is Running with DURATION since startTime.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: creating}
spec:
  latencies: {imagePull: 30s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pull}
spec:
  template:
    spec:
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'printers/pod-container-creating',
  source: 'pkg/printers/internalversion/printers.go printPod (container Waiting.Reason); kubelet convertToAPIContainerStatuses defaultWaitingState ContainerCreating',
  args: ['--duration', '15s'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '15s']);
    const pod = h.podsOf('pull')[0];
    const row = rowOf(tableOf(out, 'pod'), `pod/${pod.metadata.name}`);
    h.eq([row.READY, row.STATUS, row.RESTARTS, row.AGE], ['0/1', 'ContainerCreating', '0', '15s'], 'pod row');
    const j = rowOf(tableOf(out, 'job.batch'), 'job.batch/pull');
    h.eq([j.STATUS, j.COMPLETIONS, j.DURATION], ['Running', '0/1', '15s'], 'job row');
  },
};
