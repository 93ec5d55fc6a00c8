// Suspend/resume with a deadline, resumed in time: activeDeadlineSeconds 60, suspended at 20s, resumed at 40s (40s < 60s,
// not past). The resume sync creates 2 pods, sets Suspended=False (JobResumed), records Resumed and resets startTime to
// 40s, so the deadline is 40s + 60s = 100s: FailureTarget at 100s (pods deleted, SIGTERM), Failed at 101s once they ended.
export default {
  id: 'e2e2/suspend-resume-deadline-restarts',
  source: 'test/e2e/apps/job.go "should not create pods when created in suspend state" / "should delete pods when suspended" / "should fail when exceeds active deadline"; job_controller.go syncJob (JobResumed: "Resumed jobs will always reset StartTime to current time"), pastActiveDeadline (>=), FailureTarget then Failed when terminating == 0',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 20s, patch: {kind: Job, name: dl, spec: {suspend: true}}}
  - {at: 40s, patch: {kind: Job, name: dl, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dl}
spec:
  parallelism: 2
  completions: 4
  activeDeadlineSeconds: 60
  template:
    metadata: {annotations: {jobsim/duration: 24h}}
    spec:
      containers: [{name: c, image: registry.k8s.io/pause:3.10}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('dl');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 'Job resumed', 40],
      ['FailureTarget', 'True', 'DeadlineExceeded', 'Job was active longer than specified deadline', 100],
      ['Failed', 'True', 'DeadlineExceeded', 'Job was active longer than specified deadline', 101]], 'conditions');
    h.eq([h.sec(job.status.startTime), job.status.failed, job.status.active ?? 0, job.status.terminating], [40, 2, 0, 0], 'startTime reset at the resume; the 2 pods killed at the deadline count as failed');
    h.eq(h.podsOf('dl').map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp)]), [[0, 50], [0, 50], [40, 130], [40, 130]], 'pods');
    h.eq(h.events({ kind: 'Job' }).filter((e) => !['SuccessfulCreate', 'SuccessfulDelete'].includes(e.reason)).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [
      ['Suspended', 20], ['Resumed', 40], ['DeadlineExceeded', 101]], 'events');
  },
};
