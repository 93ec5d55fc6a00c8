// podFailurePolicy Count on DisruptionTarget with backoffLimit 0: the pod failed by the pod GC (node deleted at 110s,
// quarantine pass 120s, GC at 160s) matches the Count rule, so failed 1 > 0: the Job fails with BackoffLimitExceeded
// in the batched sync 1s later, no replacement. The pod is already gone (no terminating pods) so FailureTarget and
// Failed are set in the same sync.
export default {
  id: 'podgc/pfp-count-backofflimit-zero',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers / syncJob (failed > backoffLimit -> FailureTarget, then Failed when no pod is terminating); pod_failure_policy.go Count; podgc gcOrphaned',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p5}
spec:
  duration: 4m
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
  podFailurePolicy:
    rules:
    - {action: Count, onPodConditions: [{type: DisruptionTarget}]}
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j').length, 1, 'no replacement');
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 161],
      ['Failed', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 161],
    ], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.terminating], [1, 0, 0], '[failed, active, terminating]');
    h.eq(h.events({ reason: 'BackoffLimitExceeded' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [['Warning', 'Job has reached the specified backoff limit', 161]], 'event');
  },
};
