// Refused pod creates are not pod failures: a Job with backoffLimit 0 whose pods are refused keeps
// retrying (1s, 2s, 4s ... 60s) and never fails for BackoffLimitExceeded.
export default {
  id: 'prio/adm-refused-pods-not-failures',
  source: 'job_controller.go manageJob (create error returned, no failed count); syncJob (exceedsBackoffLimit counts failed pods only); processNextWorkItem AddRateLimited (DefaultJobApiBackOff 1s, MaxJobApiBackOff 1m)',
  args: ['--duration', '4m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: strict }
spec:
  backoffLimit: 0
  template:
    spec:
      priorityClassName: nope
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'strict' });
    h.eq(ev.map((e) => h.sec(e.firstTimestamp)), [0, 1, 3, 7, 15, 31, 63, 123, 183], 'FailedCreate times (capped at 60s)');
    h.eq([...new Set(ev.map((e) => e.reason))], ['FailedCreate'], 'only FailedCreate');
    const j = h.job('strict');
    h.eq((j.status.conditions ?? []).length, 0, 'no condition');
    h.eq([j.status.failed ?? 0, j.status.active ?? 0], [0, 0], 'counters');
  },
};
