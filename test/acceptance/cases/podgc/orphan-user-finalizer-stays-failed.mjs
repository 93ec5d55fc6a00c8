// A pod carrying a user finalizer (copied from the template) is bound to w-1, whose Node is deleted at 110s. The pod
// GC (pass 120s, quarantine 40s) patches it Failed + DisruptionTarget DeletionByPodGC and deletes it with grace 0 at
// 160s; the finalizer keeps it (deletionTimestamp 160s, deletionGracePeriodSeconds 0). The Job controller counts it
// failed and drops only its own job-tracking finalizer, so the pod stays in the API with example.com/hold. Later
// passes re-quarantine the node and repeat the delete without changing anything.
export default {
  id: 'podgc/orphan-user-finalizer-stays-failed',
  source: 'podgc gc_controller.go gcOrphaned -> markFailedAndDeletePodWithCondition (PatchPodStatus then Delete grace 0); apiserver registry/generic/registry/store.go Delete (finalizers pending: deletionTimestamp set, object kept); job_controller.go removeTrackingFinalizerPatch',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p7}
spec:
  duration: 5m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 110s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  template:
    metadata:
      finalizers: [example.com/hold]
      annotations: {jobsim/duration: "1h"}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'no replacement (backoffLimit 0)');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers], ['Failed', 160, 0, ['example.com/hold']], 'pod held by the user finalizer');
    h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
    const job = h.job('j');
    h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq(h.sec(h.cond(job, 'Failed').lastTransitionTime), 161, 'Job failed in the sync after the pod GC');
    h.eq(job.status.failed, 1, 'failed');
  },
};
