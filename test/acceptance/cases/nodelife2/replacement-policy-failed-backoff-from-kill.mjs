// podReplacementPolicy: Failed without a podFailurePolicy: the evicted pod is Terminating on the silent
// node (status.terminating 1) and is neither counted nor replaced until the kubelet, back at 11m, kills
// it (143, finishedAt 11m). The Job counts it at 11m+1s; the pod-recreation back-off (10s after the
// failure's finish time) creates the replacement at 11m10s.
export default {
  id: 'nodelife2/replacement-policy-failed-backoff-from-kill',
  source: 'job_controller.go onlyReplaceFailedPods/isPodFailed; backoff_utils.go newBackoffRecord/getRemainingTime (DefaultJobPodFailureBackOff 10s from the last finish time); kubelet killPod on return',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  podReplacementPolicy: Failed
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const [a, b] = h.podsOf('j');
    h.eq([a.status.phase, h.exitCodeOf(a), h.sec(a.status.containerStatuses[0].state.terminated.finishedAt)], ['Failed', 143, 660], 'killed on return');
    h.eq(h.sec(b.metadata.creationTimestamp), 670, 'replacement at 11m10s');
    const j = h.job('j');
    h.eq([j.status.failed, j.status.active, j.status.terminating], [1, 1, 0], 'counters');
  },
};
