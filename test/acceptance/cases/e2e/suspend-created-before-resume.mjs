// e2e "should not create pods when created in suspend state", the state before the resume: Suspended=True with reason
// JobSuspended and message "Job suspended" at creation, no pod, no startTime, ready 0 (WaitForJobSuspend).
export default {
  id: 'e2e/suspend-created-before-resume',
  source: 'test/e2e/apps/job.go "should not create pods when created in suspend state" (WaitForJobSuspend; GetJobPods BeEmpty); reference job-controller §8 (no pods, startTime nil, Suspended=True JobSuspended)',
  args: ['--duration', '20s'],
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
    spec:
      containers: [{name: c, image: busybox, command: [/bin/sh, -c, exit 0]}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('suspend-true-to-false');
    h.eq(h.podsOf('suspend-true-to-false').length, 0, 'no pods');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 'Job suspended', 0]], 'conditions');
    h.eq([job.status.startTime, job.status.active ?? 0, job.status.ready], [undefined, 0, 0], 'startTime/active/ready');
  },
};
