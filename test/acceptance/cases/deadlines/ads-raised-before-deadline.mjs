// Raising activeDeadlineSeconds before it expires postpones the failure: ADS 30 raised to 60 at 20s. The update handler
// queues a re-sync after (60 - 20)s; the re-sync already queued for 30s finds 30 < 60 and requeues; the Job fails at exactly
// 60s from startTime (0s), FailureTarget at 60s and Failed at 61s, and not at 30s.
export default {
  id: 'deadlines/ads-raised-before-deadline',
  source: 'pkg/controller/job/job_controller.go updateJob ("check if need to add a new rsync for ActiveDeadlineSeconds": AddAfter(total - passed)), syncJob pastActiveDeadline / AddAfter(ADS - elapsed); reference job-controller §9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
    - {at: 20s, patch: {kind: Job, name: j, spec: {activeDeadlineSeconds: 60}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(job.spec.activeDeadlineSeconds, 60, 'spec.activeDeadlineSeconds');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 60], ['Failed', 'DeadlineExceeded', 61]], 'conditions');
    h.eq(h.events({ reason: 'DeadlineExceeded', kind: 'Job' }).map((e) => h.sec(e.firstTimestamp)), [61], 'DeadlineExceeded event times');
    h.eq(h.events({ reason: 'SuccessfulDelete', kind: 'Job' }).map((e) => h.sec(e.firstTimestamp)), [60], 'SuccessfulDelete times');
  },
};
