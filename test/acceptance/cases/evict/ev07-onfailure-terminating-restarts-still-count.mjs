// restartPolicy OnFailure, backoffLimit 2, every run fails after 20s. The first pod fails at 20s and is
// restarted at once (restartCount 1); it is evicted at 35s (grace 120s, a 100s preStop sleep holds the kill, so
// the kubelet reports it Running until 135s). Deleted, it is counted failed (failed 1 > 2? no) and replaced
// after the 10s back-off (45s). The replacement fails at 65s and restarts (restartCount 1). pastBackoffLimitOnFailure
// sums restartCount over all the Job's pods in phase Running/Pending, the terminating evicted pod included:
// 1 + 1 >= 2: FailureTarget BackoffLimitExceeded at 66s, the replacement deleted; Failed only when no pod is
// terminating any more (the replacement's own 100s hook: 166s -> 167s).
export default {
  id: 'evict/ev07-onfailure-terminating-restarts-still-count',
  source: 'job_controller.go syncJob (exceedsBackoffLimit || pastBackoffLimitOnFailure(&job, pods), pods = all pods of the Job), pastBackoffLimitOnFailure (PodRunning || PodPending; >= backoffLimit); eviction.go addConditionAndDeletePod; kuberuntime_container.go killContainer (preStop within the grace)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  duration: 5m
  faults:
  - {at: 35s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: 20s, jobsim/exit-codes: "1"}}
    spec:
      terminationGracePeriodSeconds: 120
      containers:
      - name: c
        image: busybox:1.36
        lifecycle: {preStop: {sleep: {seconds: 100}}}
      restartPolicy: OnFailure
`,
  check(r, h) {
    const [p, q, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'two pods');
    h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.status.containerStatuses[0].restartCount], [155, 1], 'evicted pod');
    h.eq([h.sec(q.metadata.creationTimestamp), q.status.containerStatuses[0].restartCount], [45, 1], 'replacement');
    h.noCond(q, 'DisruptionTarget');
    const j = h.job('j');
    const ft = h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime), f.message], [66, 167, 'Job has reached the specified backoff limit'], 'conditions');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[66, `Deleted pod: ${q.metadata.name}`]], 'replacement deleted');
    h.eq([j.status.failed, j.status.terminating ?? 0], [2, 0], 'counts');
  },
};
