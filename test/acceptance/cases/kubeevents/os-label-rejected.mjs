// A pod labelled kubernetes.io/os: windows (a label, not a nodeSelector: the scheduler ignores it) bound to a Linux
// node: the kubelet compares that pod label with its node's OS label first thing in admission and rejects it:
// Warning PodOSSelectorNodeLabelDoesNotMatch "Failed to admit pod as the `kubernetes.io/os` label doesn't match node
// label", pod Failed with that reason. (jobsim once ran it.)
export default {
  id: 'kubeevents/os-label-rejected',
  source: 'pkg/kubelet/lifecycle/predicate.go predicateAdmitHandler.Admit (rejectPodAdmissionBasedOnOSSelector: pod.Labels[kubernetes.io/os] != node label -> PodOSSelectorNodeLabelDoesNotMatch); kubelet.go rejectPod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: { name: lbl }
spec:
  backoffLimit: 0
  template:
    metadata: { labels: { kubernetes.io/os: windows } }
    spec:
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('lbl')[0];
    const msg = "Failed to admit pod as the `kubernetes.io/os` label doesn't match node label";
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]),
      [[0, 'Warning', 'PodOSSelectorNodeLabelDoesNotMatch', msg]], 'kubelet events');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'PodOSSelectorNodeLabelDoesNotMatch', `Pod was rejected: ${msg}`], 'pod status');
  },
};
