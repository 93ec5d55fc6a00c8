// Created suspended with activeDeadlineSeconds 30 and resumed at 100s: the deadline counts from the resume (startTime
// 100s, none before), not from the creation. FailureTarget DeadlineExceeded at 130s, both never-ending pods deleted and
// counted failed, Failed (with the Warning event) at 131s once they have terminated.
export default {
  id: 'jobe2e3/created-suspended-deadline-from-resume',
  source: 'test/e2e/apps/job.go "should not create pods when created in suspend state" and "should fail when exceeds active deadline" (waitForJobCondition FailureTarget/Failed DeadlineExceeded); job_controller.go syncJob (StartTime set only when not suspended; JobResumed resets StartTime; `syncDuration := ActiveDeadlineSeconds - Since(StartTime)`, queue.AddAfter), pastActiveDeadline',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sa}
spec:
  timeline:
    - {at: 100s, patch: {kind: Job, name: sa, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sa}
spec:
  suspend: true
  parallelism: 2
  completions: 4
  activeDeadlineSeconds: 30
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sa');
    const m = 'Job was active longer than specified deadline';
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 100], ['FailureTarget', 'True', 'DeadlineExceeded', 130], ['Failed', 'True', 'DeadlineExceeded', 131]], 'conditions');
    h.eq(job.status.conditions.filter((c) => c.type === 'Failed' || c.type === 'FailureTarget').map((c) => c.message), [m, m], 'messages');
    h.eq([h.sec(job.status.startTime), job.status.failed, job.status.active ?? 0, job.status.terminating], [100, 2, 0, 0], '[startTime, failed, active, terminating]');
    h.eq(h.podsOf('sa').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [[100, 'Failed', 143], [100, 'Failed', 143]], 'pods');
    h.eq(h.events({ kind: 'Job', name: 'sa' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [
      [0, 'Suspended'], [100, 'SuccessfulCreate'], [100, 'SuccessfulCreate'], [100, 'Resumed'], [130, 'SuccessfulDelete'], [130, 'SuccessfulDelete'], [131, 'DeadlineExceeded']], 'events');
  },
};
