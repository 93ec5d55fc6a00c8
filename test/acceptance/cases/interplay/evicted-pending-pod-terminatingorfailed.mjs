// Contrast to evicted-pending-pod-failed-policy-podgc, with podReplacementPolicy TerminatingOrFailed: the evicted
// unscheduled pod (grace 0, deletionTimestamp 20.5s) counts as failed in the next sync; its finish time is
// deletionTimestamp - grace (no container status, no Ready condition), so the replacement waits 10s: created at 30s.
export default {
  id: 'interplay/evicted-pending-pod-terminatingorfailed',
  source: 'job_controller.go isPodFailed (deletionTimestamp and not Succeeded); backoff_utils.go getFinishedTime (getFinishTimeFromDeletionTimestamp); manageJob remainingTime; reference §2.1, §3.3, §4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip13}
spec:
  duration: 3m
  faults:
    - { at: 20500ms, evictPod: default/j-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podReplacementPolicy: TerminatingOrFailed
  template:
    spec:
      nodeSelector: {nowhere: "true"}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [first, second, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'two pods');
    h.eq([first.metadata.name, h.sec(first.metadata.deletionTimestamp), first.metadata.finalizers ?? []], ['j-bn7wn', 20, []], 'evicted pod');
    h.eq(h.sec(second.metadata.creationTimestamp), 30, 'replacement 10s after the deletion');
    const job = h.job('j');
    h.eq([job.status.failed, job.status.terminating, job.status.active], [1, 0, 1], '[failed, terminating, active]');
  },
};
