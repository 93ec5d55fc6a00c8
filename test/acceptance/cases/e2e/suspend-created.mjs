// e2e "should not create pods when created in suspend state": no pods while suspended (Suspended=True JobSuspended
// "Job suspended", no startTime); resumed at 30s: Suspended=False JobResumed, startTime 30s, Resumed event, then
// SuccessCriteriaMet and Complete.
export default {
  id: 'e2e/suspend-created',
  source: 'test/e2e/apps/job.go "should not create pods when created in suspend state" (WaitForJobSuspend, GetJobPods empty, update suspend=false, SuccessCriteriaMet, WaitForJobComplete); job_controller.go syncJob (Suspended/Resumed, StartTime reset); reference job-controller §8, §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: suspend-true-to-false, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: suspend-true-to-false}
spec:
  suspend: true
  parallelism: 2
  completions: 4
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 2s}}
    spec:
      containers: [{name: c, image: busybox, command: [/bin/sh, -c, exit 0]}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('suspend-true-to-false');
    h.eq(h.podsOf('suspend-true-to-false').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[30, 'Succeeded'], [30, 'Succeeded'], [32, 'Succeeded'], [32, 'Succeeded']], 'no pod before the resume');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 'Job resumed', 30],
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 34],
      ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 34]], 'conditions');
    h.eq([h.sec(job.status.startTime), h.sec(job.status.completionTime), job.status.succeeded], [30, 34, 4], 'startTime/completionTime/succeeded');
    h.eq(h.events({ kind: 'Job' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['Suspended', 'Job suspended', 0], ['Resumed', 'Job resumed', 30], ['Completed', 'Job completed', 34]], 'events');
  },
};
