// The container ends (exit 0) at 2m while its node is silent (1m-11m). The taint manager evicts the
// pod at taint + 300s: it is still Running as far as the API knows, so the Job (TerminatingOrFailed)
// counts it failed at once and creates a replacement 1s later on w-2. The replacement succeeds
// (SuccessCriteriaMet) but Complete waits for the Terminating pod; at 11m the kubelet reports the old
// pod Succeeded (finishedAt 2m), which is not counted again (its finalizer is gone). Complete at 11m+1s.
export default {
  id: 'nodelife2/finished-during-outage-evicted-counted-failed',
  source: 'job_controller.go isPodFailed (DeletionTimestamp != nil && phase != Succeeded counts as failed), trackJobStatusAndRemoveFinalizers (pods without the finalizer are skipped); job-controller.md terminal condition delayed while pods terminate',
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
  template:
    metadata: { annotations: { jobsim/duration: "2m" } }
    spec:
      affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [w-1] }] } }] } }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const [a, b] = h.podsOf('j');
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    h.eq([a.spec.nodeName, a.status.phase, h.sec(a.status.containerStatuses[0].state.terminated.finishedAt)], ['w-1', 'Succeeded', 120], 'old pod');
    h.hasCond(a, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq([b.spec.nodeName, h.sec(b.metadata.creationTimestamp)], ['w-2', u + 306], 'replacement');
    const j = h.job('j');
    h.eq([j.status.succeeded, j.status.failed], [1, 1], 'counters');
    h.eq(h.sec(h.hasCond(j, 'SuccessCriteriaMet').lastTransitionTime), u + 306 + 121, 'SuccessCriteriaMet');
    h.eq([h.sec(h.hasCond(j, 'Complete').lastTransitionTime), h.sec(j.status.completionTime)], [661, 661], 'Complete after the node is back');
  },
};
