// The pod GC sets DisruptionTarget with status True. A rule Ignore onPodConditions [{type: DisruptionTarget,
// status: "False"}] does not match it, so the failure counts (default): with backoffLimit 0 the Job fails
// (BackoffLimitExceeded) in the sync after the 160s GC pass.
export default {
  id: 'podgc/pfp-condition-status-false-no-match',
  source: 'pod_failure_policy.go getMatchingPodCondition (type and status must both match); podgc gcOrphaned condition Status True',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q10}
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
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget, status: "False"}]}
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
    const f = h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq([h.sec(f.lastTransitionTime), job.status.failed], [161, 1], 'failed at 161s, counted');
  },
};
