// Same world with a podFailurePolicy (so podReplacementPolicy: Failed): the evicted pod is not counted
// while Terminating and not replaced; at 11m the kubelet reports it Succeeded (exit 0 at 2m) and the Job
// counts it as a success: Complete at 11m+1s, failed 0, one pod in all.
export default {
  id: 'nodelife2/pfp-finished-during-outage-counted-succeeded',
  source: 'job_controller.go isPodFailed (onlyReplaceFailedPods: phase Failed only), getPodsToCount/trackJobStatusAndRemoveFinalizers; defaults.go podReplacementPolicy Failed with podFailurePolicy',
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
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: "2m" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'no replacement');
    h.eq(pods[0].status.phase, 'Succeeded', 'phase');
    const j = h.job('j');
    h.eq([j.spec.podReplacementPolicy, j.status.succeeded, j.status.failed ?? 0], ['Failed', 1, 0], 'job');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 661, 'Complete');
  },
};
