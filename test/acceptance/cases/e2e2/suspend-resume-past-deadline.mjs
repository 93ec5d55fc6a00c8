// Suspend/resume with a deadline (job.go "should delete pods when suspended" + "should fail when exceeds active deadline"):
// activeDeadlineSeconds 60, running from 0s, suspended at 20s (pods deleted, startTime kept in 1.33-1.35), resumed at
// 100s. The resume sync checks pastActiveDeadline with the old startTime (100s >= 60s) before it would reset startTime,
// so the Job fails at once (FailureTarget and Failed, DeadlineExceeded, at 100s): no pod is created, no Resumed event,
// the Suspended condition stays True.
export default {
  id: 'e2e2/suspend-resume-past-deadline',
  source: 'test/e2e/apps/job.go "should delete pods when suspended" / "should fail when exceeds active deadline"; job_controller.go syncJob (pastActiveDeadline evaluated before manageJob and the JobResumed branch that resets StartTime), pastActiveDeadline (false only while suspended)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 20s, patch: {kind: Job, name: dl, spec: {suspend: true}}}
  - {at: 100s, patch: {kind: Job, name: dl, spec: {suspend: false}}}
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
    const msg = 'Job was active longer than specified deadline';
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'True', 'JobSuspended', 20], ['FailureTarget', 'True', 'DeadlineExceeded', 100], ['Failed', 'True', 'DeadlineExceeded', 100]], 'conditions');
    h.eq([h.sec(job.status.startTime), job.status.failed ?? 0, job.status.active ?? 0], [0, 0, 0], 'startTime kept, suspended pods not counted');
    h.eq(h.podsOf('dl').map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp)]), [[0, 50], [0, 50]], 'no pod created at the resume');
    h.eq(h.events({ kind: 'Job' }).filter((e) => h.sec(e.firstTimestamp) >= 20).map((e) => [e.type, e.reason, h.sec(e.firstTimestamp)]), [
      ['Normal', 'SuccessfulDelete', 20], ['Normal', 'SuccessfulDelete', 20], ['Normal', 'Suspended', 20], ['Warning', 'DeadlineExceeded', 100]], 'events');
    h.eq(h.events({ reason: 'DeadlineExceeded' })[0].message, msg, 'event message');
  },
};
