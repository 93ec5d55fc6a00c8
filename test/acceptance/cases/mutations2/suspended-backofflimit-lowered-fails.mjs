// A suspended Job can still fail through its backoff limit: one failure (10s), suspended at 12s, backoffLimit
// lowered 3 -> 0 at 30s: the immediate sync finds failed 1 > 0 -> FailureTarget and Failed (no pod left) at 30s,
// BackoffLimitExceeded. The Suspended=True condition stays; activeDeadlineSeconds 20 never fired while suspended.
export default {
  id: 'mutations2/suspended-backofflimit-lowered-fails',
  source: 'job_controller.go syncJob (exceedsBackoffLimit checked before manageJob, whatever suspend says; pastActiveDeadline false while jobSuspended); updateJob (generation change: immediate sync); reference job-controller §8 "can still fail via backoff"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 12s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 30s, patch: {kind: Job, name: j, spec: {backoffLimit: 0}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 3
  activeDeadlineSeconds: 20
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq((j.status.conditions ?? []).map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]),
      [['Suspended', 'True', 'JobSuspended', 12], ['FailureTarget', 'True', 'BackoffLimitExceeded', 30], ['Failed', 'True', 'BackoffLimitExceeded', 30]], 'conditions');
    h.eq([j.status.failed, j.status.active ?? 0, h.sec(j.status.startTime), j.metadata.generation], [1, 0, 0, 3], '[failed, active, startTime, generation]');
    h.eq(h.podsOf('j').length, 1, 'one pod');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]),
      [[0, 'Normal', 'SuccessfulCreate', `Created pod: ${h.podsOf('j')[0].metadata.name}`], [12, 'Normal', 'Suspended', 'Job suspended'], [30, 'Warning', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit']], 'events');
  },
};
