// TestSuspendJob "feature=false,create=true,update=false": created suspended (wantActive 0, Suspended True, event
// "Suspended"), then resumed: wantActive 2, Suspended=False, event "Resumed"; startTime is set at the resume.
export default {
  id: 'integjob/suspend-created-then-resumed',
  source: 'test/integration/job/job_test.go TestSuspendJob (create=true, update=false: wantActive 2, Suspended False, event reason "Resumed"); job_controller.go syncJob (JobResumed "Job resumed", startTime reset); reference §8',
  args: ['--duration', '60s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: resume}
spec:
  timeline:
    - {at: 20s, patch: {kind: Job, name: su, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: su}
spec:
  parallelism: 2
  completions: 4
  suspend: true
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('su');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['Suspended', 'False', 'JobResumed', 'Job resumed', 20]], 'conditions');
    h.eq([job.status.active, job.status.terminating, job.status.failed ?? 0, h.sec(job.status.startTime)], [2, 0, 0, 20], '[active, terminating, failed, startTime]');
    h.eq(h.events({ kind: 'Job', name: 'su' }).filter((e) => ['Suspended', 'Resumed'].includes(e.reason)).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['Suspended', 'Job suspended', 0], ['Resumed', 'Job resumed', 20]], 'events');
    h.eq(h.podsOf('su').map((p) => h.sec(p.metadata.creationTimestamp)), [20, 20], 'pods created at');
  },
};
