// Slow start: the first batch has 1 pod; when it fails, the other 49 are skipped, so a Job with
// parallelism 50 whose creates are refused records exactly one FailedCreate per sync (retries 1s, 2s, 4s, ...).
export default {
  id: 'scale/slowstart-failed-create-one-per-sync',
  source: 'job_controller.go manageJob: batchSize starts at controller.SlowStartInitialBatchSize (1); "Slow-start failure. Skipping creating pods" break; processNextWorkItem AddRateLimited 1s..60s',
  args: ['--duration', '40s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: fc }
spec:
  parallelism: 50
  completions: 50
  template:
    spec:
      priorityClassName: nope
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'fc' });
    h.eq(ev.map((e) => e.reason), ['FailedCreate', 'FailedCreate', 'FailedCreate', 'FailedCreate', 'FailedCreate', 'FailedCreate'], 'one FailedCreate per sync, nothing else');
    h.eq(ev.map((e) => h.sec(e.firstTimestamp)), [0, 1, 3, 7, 15, 31], 'FailedCreate times');
    h.eq(h.podsOf('fc').length, 0, 'no pod');
  },
};
