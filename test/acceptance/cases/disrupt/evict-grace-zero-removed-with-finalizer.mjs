// A pod with terminationGracePeriodSeconds 0 (ignoring SIGTERM) is evicted at 60s: CheckGracefulDelete
// gives grace 0, deletionTimestamp 60s; the job-tracking finalizer keeps the object. The Job counts it
// failed in its 61s sync and removes the finalizer; with deletionGracePeriodSeconds 0 that update deletes
// the pod at once (shouldDeleteDuringUpdate), so its last state is still Running (the kubelet's kill is
// never reported). Nothing is left terminating; the replacement comes after the back-off from
// deletionTimestamp - grace = 60s (70s) and the Job completes at 191s.
export default {
  id: 'disrupt/evict-grace-zero-removed-with-finalizer',
  source: 'registry/core/pod/strategy.go CheckGracefulDelete (period from terminationGracePeriodSeconds); apiserver registry/generic/registry/store.go updateForGracefulDeletionAndFinalizers (pending finalizers: not deleted) + shouldDeleteDuringUpdate (no finalizers left, grace 0 -> delete); job_controller.go isPodFailed; backoff_utils.go getFinishTimeFromDeletionTimestamp',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 60s, evictPod: default/j-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "2m", jobsim/on-sigterm: ignore } }
    spec:
      terminationGracePeriodSeconds: 0
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq(p.metadata.name, 'j-bn7wn', 'first pod');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [60, 0], 'grace 0 delete');
    h.eq(p.metadata.finalizers ?? [], [], 'finalizer removed');
    h.eq(p.status.phase, 'Running', 'removed before any terminal status');
    h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq(h.sec(q.metadata.creationTimestamp), 70, 'replacement');
    const job = h.job('j');
    h.eq([job.status.failed, job.status.succeeded, job.status.terminating ?? 0], [1, 1, 0], 'counts');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 191, 'Complete');
  },
};
