// A pod bound by spec.nodeName that asks more memory than the node's allocatable is refused by the kubelet's
// admission: Warning OutOfmemory "Node didn't have enough resource: memory, requested: <bytes>, used: <bytes>,
// capacity: <bytes>" (17Gi = 18253611008, node 16Gi = 17179869184). The pod is Failed with reason OutOfmemory.
export default {
  id: 'quantities/kubelet-outofmemory-bytes',
  source: 'pkg/kubelet/lifecycle/predicate.go (Reason "OutOf"+resource); pkg/scheduler/framework/plugins/noderesources/fit.go InsufficientResourceError.Error ("Node didn\'t have enough resource: %s, requested: %d, used: %d, capacity: %d")',
  args: ['--duration', '1m'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: node-1
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {memory: 17Gi}}}
`,
  check(r, h) {
    const pod = h.podsOf('q')[0];
    const ev = h.events({ reason: 'OutOfmemory' });
    h.eq(ev.map((e) => [e.type, e.message, e.involvedObject.name, e.source.component]), [['Warning', "Node didn't have enough resource: memory, requested: 18253611008, used: 0, capacity: 17179869184", pod.metadata.name, 'kubelet']], 'event');
    h.eq([pod.status.phase, pod.status.reason], ['Failed', 'OutOfmemory'], 'pod status');
  },
};
