// Same root cause as evicted-pending-pod-failed-policy-podgc, through a podFailurePolicy (which forces
// podReplacementPolicy Failed): the evicted unschedulable pod (DisruptionTarget=True from the Eviction API) stays
// Terminating until the pod GC's gcUnscheduledTerminating marks it Failed at its 40s pass; the Ignore rule then
// matches, so it is not counted (failed 0) and the replacement is created in the next sync (41s).
export default {
  id: 'interplay/evicted-pending-pod-pfp-ignore-podgc',
  source: 'pkg/controller/podgc/gc_controller.go gcUnscheduledTerminating -> markFailedAndDeletePod; job_controller.go onlyReplaceFailedPods, matchPodFailurePolicy (onPodConditions DisruptionTarget Ignore); reference §4, §5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip24}
spec:
  duration: 3m
  faults:
    - { at: 20500ms, evictPod: default/j-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{type: DisruptionTarget}]
  template:
    spec:
      nodeSelector: {nowhere: "true"}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [first, second] = h.podsOf('j');
    h.eq(first.metadata.name, 'j-bn7wn', 'the evicted pod is the first (seeded name)');
    h.eq([first.status.phase, first.metadata.finalizers ?? []], ['Failed', []], 'pod GC failed it; the Job controller dropped its finalizer');
    h.assert(second !== undefined, 'a replacement pod exists');
    h.near(h.sec(second.metadata.creationTimestamp), 41, 1, 'replacement created after the pod GC pass');
    const job = h.job('j');
    h.eq([job.status.failed ?? 0, job.status.terminating, job.status.active], [0, 0, 1], '[failed, terminating, active]');
  },
};
