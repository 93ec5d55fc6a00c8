// Pods created with spec.nodeName that the kubelet's admission refuses are Failed with status.reason, which
// printPod shows when no container status overrides it: OutOfcpu (InsufficientResourceError) and NodeAffinity
// (a nodeSelector the node does not match); READY 0/1, NODE the named node.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: node-3
      containers: [{name: main, image: busybox:1.36, resources: {requests: {cpu: "5"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: picky}
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: node-2
      nodeSelector: {disk: ssd}
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'printers/pod-kubelet-rejected',
  source: 'pkg/printers/internalversion/printers.go printPod (pod.Status.Reason replaces the phase); pkg/kubelet/lifecycle predicate admission (OutOf<resource>, NodeAffinity)',
  args: ['--duration', '2m'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '2m']);
    const t = tableOf(out, 'pod');
    const big = h.podsOf('big')[0], picky = h.podsOf('picky')[0];
    const cells = (p) => { const x = rowOf(t, `pod/${p.metadata.name}`); return [x.READY, x.STATUS, x.RESTARTS, x.NODE]; };
    h.eq(cells(big), ['0/1', 'OutOfcpu', '0', 'node-3'], 'big pod row');
    h.eq(cells(picky), ['0/1', 'NodeAffinity', '0', 'node-2'], 'picky pod row');
    const jt = tableOf(out, 'job.batch');
    h.eq(['big', 'picky'].map((n) => rowOf(jt, `job.batch/${n}`).STATUS), ['Failed', 'Failed'], 'both Jobs Failed (backoffLimit 0)');
  },
};
