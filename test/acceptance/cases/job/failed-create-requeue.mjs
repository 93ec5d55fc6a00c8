// A pod create the API refuses: Warning FailedCreate "Error creating: <err>", and the sync error requeues with the
// per-Job rate limiter 1s, 2s, 4s, ... capped at 60s.
export default {
  id: 'job/failed-create-requeue',
  source: 'controller_utils.go RealPodControl.createPods (FailedCreate "Error creating: %v"); job_controller.go processNextWorkItem AddRateLimited, DefaultJobApiBackOff 1s, MaxJobApiBackOff 1m; admission priority NewForbidden; reference §3.6, §11',
  args: ['--duration', '3m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: fc
spec:
  template:
    spec:
      priorityClassName: nope
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'fc' });
    h.eq([...new Set(ev.map((e) => `${e.type} ${e.reason} ${e.message}`))], ['Warning FailedCreate Error creating: pods "fc-" is forbidden: no PriorityClass with name nope was found'], 'events');
    h.eq(ev.map((e) => h.sec(e.firstTimestamp)), [0, 1, 3, 7, 15, 31, 63, 123], 'FailedCreate times');
    h.eq(h.podsOf('fc').length, 0, 'no pod');
  },
};
