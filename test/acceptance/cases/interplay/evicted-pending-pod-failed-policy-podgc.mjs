// An unschedulable pod of a Job with podReplacementPolicy Failed is evicted at 20.5s. The API server deletes an
// unscheduled pod with grace 0, but the job-tracking finalizer keeps it: Pending, terminating, never to be run by a
// kubelet. Upstream the pod GC's gcUnscheduledTerminating (every 20s) marks such a pod Failed and force-deletes it
// (pass at 40s); the Job controller then counts it failed and, its back-off (from deletionTimestamp - grace =
// 20.5s) long elapsed, creates the replacement in that sync (41s).
export default {
  id: 'interplay/evicted-pending-pod-failed-policy-podgc',
  source: 'pkg/controller/podgc/gc_controller.go gc -> gcUnscheduledTerminating (DeletionTimestamp != nil && NodeName == "" -> markFailedAndDeletePod: phase Failed, delete grace 0), gcCheckPeriod 20s; job_controller.go isPodFailed / onlyReplaceFailedPods; backoff_utils.go getFinishedTime (deletionTimestamp - grace); registry/core/pod/strategy.go CheckGracefulDelete (unscheduled pod: grace 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip12}
spec:
  duration: 3m
  faults:
    - { at: 20500ms, evictPod: default/j-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podReplacementPolicy: Failed
  template:
    spec:
      nodeSelector: {nowhere: "true"}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [first, second] = h.podsOf('j');
    h.eq(first.metadata.name, 'j-bn7wn', 'the evicted pod is the first (seeded name)');
    h.eq(h.sec(first.metadata.deletionTimestamp), 20, 'unscheduled pod: deleted with grace 0');
    h.eq([first.status.phase, first.metadata.finalizers ?? []], ['Failed', []], 'pod GC failed it; the Job controller dropped its finalizer');
    h.assert(second !== undefined, 'a replacement pod exists');
    h.near(h.sec(second.metadata.creationTimestamp), 41, 1, 'replacement created after the pod GC pass');
    const job = h.job('j');
    h.eq([job.status.failed, job.status.terminating, job.status.active], [1, 0, 1], '[failed, terminating, active]');
  },
};
