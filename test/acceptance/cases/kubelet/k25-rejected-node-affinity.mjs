// spec.nodeName on a node whose labels do not match the template's nodeSelector: the kubelet rejects
// with reason NodeAffinity, event message "Predicate NodeAffinity failed: node(s) didn't match Pod's node
// affinity/selector", pod message prefixed "Pod was rejected: "; the Job counts the failure.
export default {
  id: 'kubelet/rejected-node-affinity',
  source: 'pkg/kubelet/lifecycle/predicate.go generalFilter / PredicateFailureError ("Predicate %s failed: %s"); kubelet.go rejectPod',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: na }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: node-1
      nodeSelector: { disk: ssd }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('na')[0];
    const msg = "Predicate NodeAffinity failed: node(s) didn't match Pod's node affinity/selector";
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'NodeAffinity', 'Pod was rejected: ' + msg], 'status');
    h.eq(h.events({ reason: 'NodeAffinity', name: p.metadata.name }).map((e) => [e.type, e.message]), [['Warning', msg]], 'event');
    h.eq(h.job('na').status.failed, 1, 'failed');
  },
};
