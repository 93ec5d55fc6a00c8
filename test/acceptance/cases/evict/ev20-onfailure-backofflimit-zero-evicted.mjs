// restartPolicy OnFailure, backoffLimit 0, a pod that never restarted, evicted at 30s: the deleted pod counts as
// one failed pod, failed 1 > backoffLimit 0: FailureTarget BackoffLimitExceeded in the 31s sync, no replacement;
// Failed at once (the pod already ended with 143 at 30s), with the Warning event.
export default {
  id: 'evict/ev20-onfailure-backofflimit-zero-evicted',
  source: 'job_controller.go syncJob (exceedsBackoffLimit: failed > *BackoffLimit, for OnFailure too; "Job has reached the specified backoff limit"), isPodFailed; eviction.go addConditionAndDeletePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  faults:
  - {at: 30s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 2m}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'no replacement');
    h.eq([pods[0].status.phase, h.exitCodeOf(pods[0]), pods[0].status.containerStatuses[0].restartCount], ['Failed', 143, 0], 'evicted pod');
    const j = h.job('j');
    const ft = h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime), f.message], [31, 31, 'Job has reached the specified backoff limit'], 'conditions');
    h.eq(h.events({ reason: 'BackoffLimitExceeded' }).map((e) => [h.sec(e.firstTimestamp), e.type]), [[31, 'Warning']], 'event');
    h.eq([j.status.failed, j.status.active ?? 0], [1, 0], 'counts');
  },
};
