// Created suspended with activeDeadlineSeconds 5: no startTime, no pods, no deadline failure during 2m.
export default {
  id: 'jobtbl2/deadline-not-while-suspended',
  source: 'job_controller_test.go TestSyncJobPastDeadline "activeDeadlineSeconds is not triggered when Job is suspended"; job_controller.go pastActiveDeadline (jobSuspended -> false), syncJob (no AddAfter when suspended); reference §8, §9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  suspend: true
  activeDeadlineSeconds: 5
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    h.eq((j.status.conditions ?? []).map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 'Job suspended', 0]], 'conditions');
    h.eq([j.status.startTime, j.status.active ?? 0, j.status.failed ?? 0, h.podsOf('x').length], [undefined, 0, 0, 0], '[startTime, active, failed, pods]');
  },
};
