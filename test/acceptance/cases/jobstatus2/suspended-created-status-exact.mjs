// A Job created suspended: one status write at creation with ready 0, terminating 0, uncountedTerminatedPods {} and the
// Suspended condition (JobSuspended, "Job suspended", probe = transition = now); no startTime, no active.
export default {
  id: 'jobstatus2/suspended-created-status-exact',
  source: 'pkg/controller/job/job_controller.go syncJob (StartTime only if !jobSuspended; ensureJobConditionStatus(JobSuspended, True, "JobSuspended", "Job suspended")), newCondition',
  args: ['--duration', '1m'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    const sorted = (m) => Object.fromEntries(Object.keys(m ?? {}).sort().map((k) => [k, m[k]]));
    const t = '2026-01-01T00:00:00Z';
    h.eq(sorted(h.job('s').status), sorted({ ready: 0, terminating: 0, uncountedTerminatedPods: {}, conditions: [{ type: 'Suspended', status: 'True', lastProbeTime: t, lastTransitionTime: t, reason: 'JobSuspended', message: 'Job suspended' }] }), 'status');
  },
};
