// node-1 stops at 2m; after the 50s grace the node is Unknown and tainted, and the taint manager deletes the pod
// 300s later (DefaultTolerationSeconds): it stays Terminating (deletionTimestamp, phase not terminal) with READY
// 1/1; its replacement, created with the template's nodeName, waits Pending on the dead node.
import { runText, tableOf, rowOf, humanDuration } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: lost}
spec:
  faults:
    - {at: 2m, nodeDown: node-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: lost}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeName: node-1
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'printers/pod-terminating-node-down',
  source: 'pkg/printers/internalversion/printers.go printPod (DeletionTimestamp and non-terminal phase: "Terminating"); nodelifecycle MarkPodsNotReady touches only the Ready condition',
  args: ['--duration', '10m'],
  scenario,
  check(r, h) {
    const [first, second] = h.podsOf('lost');
    h.assert(first?.metadata.deletionTimestamp && second, 'a deleted first pod and a replacement');
    const t = tableOf(runText(scenario, ['--duration', '10m']), 'pod');
    const a = rowOf(t, `pod/${first.metadata.name}`), b = rowOf(t, `pod/${second.metadata.name}`);
    h.eq([a.READY, a.STATUS, a.AGE, a.NODE], ['1/1', 'Terminating', '10m', 'node-1'], 'first pod row');
    h.eq([b.READY, b.STATUS, b.NODE], ['0/1', 'Pending', 'node-1'], 'replacement pod row');
    h.eq(b.AGE, humanDuration(Date.parse(r.spec.end) - Date.parse(second.metadata.creationTimestamp)), 'replacement AGE');
    const j = rowOf(tableOf(runText(scenario, ['--duration', '10m']), 'job.batch'), 'job.batch/lost');
    h.eq([j.STATUS, j.COMPLETIONS], ['Running', '0/1'], 'job row');
  },
};
