// parallelism 0, not suspended: the first sync sets startTime (and ready: 0, terminating: 0), creates nothing, writes
// no condition and records no event.
export default {
  id: 'jobevents/je11-parallelism-zero-starttime',
  source: 'job_controller.go syncJob ("if job.Status.StartTime == nil && !jobSuspended(&job)"; needsStatusUpdate since Ready was nil), ensureJobConditionStatus (no False condition appended)',
  args: ['--duration', '30s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: z0}
spec:
  parallelism: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    h.eq(h.events({ kind: 'Job', name: 'z0' }).length, 0, 'no events');
    const s = h.job('z0').status;
    h.eq([h.sec(s.startTime), s.ready, s.terminating, s.active, s.conditions], [0, 0, 0, undefined, undefined], '[startTime, ready, terminating, active, conditions]');
  },
};
