// A pod created bound to a node with an untolerated NoExecute taint: the kubelet's generalFilter checks NoExecute
// taints only, after the scheduler's AdmissionCheck: Warning TaintToleration "Predicate TaintToleration failed:
// node(s) had taints that the pod didn't tolerate", pod Failed with that reason; no container created.
export default {
  id: 'kubeevents/adm07-noexecute-taint-rejected',
  source: 'pkg/kubelet/lifecycle/predicate.go generalFilter (FindMatchingUntoleratedTaint with Effect == NoExecute -> PredicateFailureError{tainttoleration.Name, ErrReasonNotMatch}); tainttoleration.ErrReasonNotMatch "node(s) had taints that the pod didn\'t tolerate"; kubelet.go rejectPod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: t, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 10 }, taints: [{ key: dedicated, value: gpu, effect: NoExecute }] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: taint }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: t-1
      containers: [{ name: main, image: app:1 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('taint')[0];
    const msg = "Predicate TaintToleration failed: node(s) had taints that the pod didn't tolerate";
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]),
      [[0, 'Warning', 'TaintToleration', msg]], 'kubelet events');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'TaintToleration', `Pod was rejected: ${msg}`], 'pod status');
  },
};
