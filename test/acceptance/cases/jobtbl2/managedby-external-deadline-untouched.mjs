// A Job managed by another controller is skipped before any evaluation: no startTime, no pods, and
// activeDeadlineSeconds 1 never produces DeadlineExceeded; the status stays empty.
export default {
  id: 'jobtbl2/managedby-external-deadline-untouched',
  source: 'job_controller_test.go TestSyncJobWhenManagedBy; job_controller.go syncJob (managedByExternalController -> return nil before StartTime and the deadline check); reference §2.2 item 2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  managedBy: example.com/other
  activeDeadlineSeconds: 1
  backoffLimit: 0
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    h.eq(j.status ?? {}, {}, 'status');
    h.eq([h.podsOf('x').length, h.events({ name: 'x', kind: 'Job' }).length], [0, 0], '[pods, job events]');
  },
};
