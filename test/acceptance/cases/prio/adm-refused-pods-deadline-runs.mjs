// A Job whose pods are all refused has still started: startTime is set at the first sync, and
// activeDeadlineSeconds fails it at +20s (DeadlineExceeded), between the rate-limited retries.
export default {
  id: 'prio/adm-refused-pods-deadline-runs',
  source: 'job_controller.go syncJob (StartTime set when not suspended; pastActiveDeadline -> "Job was active longer than specified deadline"; AddAfter(key, deadline - elapsed)); processNextWorkItem AddRateLimited',
  args: ['--duration', '1m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: dl }
spec:
  activeDeadlineSeconds: 20
  template:
    spec:
      priorityClassName: nope
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'dl' });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]), [
      [0, 'Warning', 'FailedCreate'], [1, 'Warning', 'FailedCreate'], [3, 'Warning', 'FailedCreate'], [7, 'Warning', 'FailedCreate'], [15, 'Warning', 'FailedCreate'],
      [20, 'Warning', 'DeadlineExceeded'],
    ], 'events');
    const j = h.job('dl');
    h.eq(h.sec(j.status.startTime), 0, 'startTime');
    const f = h.hasCond(j, 'Failed', 'DeadlineExceeded');
    h.eq([h.sec(f.lastTransitionTime), f.message], [20, 'Job was active longer than specified deadline'], 'Failed condition');
    h.eq(j.status.failed ?? 0, 0, 'no pod failed');
  },
};
