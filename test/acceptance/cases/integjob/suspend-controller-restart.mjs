// TestSuspendJobControllerRestart: a Job created suspended keeps Active 0, Ready 0, Terminating 0 (written, not
// absent) across a Job controller restart, and no pod is ever created; startTime stays unset.
export default {
  id: 'integjob/suspend-controller-restart',
  source: 'test/integration/job/job_test.go TestSuspendJobControllerRestart (podsByStatus Active 0, Ready ptr 0, Terminating ptr 0); reference §8, §2.10',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: suspend-restart}
spec:
  faults:
    - {at: 10s, controllerDown: job, for: 30s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sr}
spec:
  parallelism: 2
  completions: 4
  suspend: true
  template:
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sr');
    h.eq([job.status.active ?? 0, job.status.ready, job.status.terminating, job.status.startTime], [0, 0, 0, undefined], '[active, ready, terminating, startTime]');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 0]], 'conditions');
    h.eq(h.podsOf('sr').length, 0, 'pods');
    h.eq(h.events({ kind: 'Job', name: 'sr', reason: 'Suspended' }).length, 1, 'Suspended events (none repeated after the restart)');
  },
};
