// completions 0 completes in its first sync without pods; parallelism 0 creates no pod, gets a startTime and no condition.
export default {
  id: 'job/zero-completions-parallelism',
  source: 'job_controller.go syncJob (complete = succeeded >= completions && active == 0; StartTime on first sync); reference §15 item 12',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: c0
spec:
  completions: 0
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: p0
spec:
  parallelism: 0
  completions: 2
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const c0 = h.job('c0');
    h.eq(h.podsOf('c0').length, 0, 'c0 pods');
    h.eq(c0.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 0], ['Complete', 'CompletionsReached', 0]], 'c0 conditions');
    h.eq([h.sec(c0.status.startTime), h.sec(c0.status.completionTime)], [0, 0], 'c0 [startTime, completionTime]');
    const p0 = h.job('p0');
    h.eq(h.podsOf('p0').length, 0, 'p0 pods');
    h.eq(p0.status.conditions ?? [], [], 'p0 conditions');
    h.eq(h.sec(p0.status.startTime), 0, 'p0 startTime');
  },
};
