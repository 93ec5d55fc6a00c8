// At most 500 pod creations per sync: parallelism 600 creates 500 pods at 0s and the other 100 in the next sync (1s).
export default {
  id: 'job/create-cap-500',
  source: 'job_controller.go MaxPodCreateDeletePerSync = 500, manageJob diff cap; reference §2.6 step 4, §13',
  args: ['--duration', '10s'],
  timeoutMs: 120000,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: big
spec:
  completions: 600
  parallelism: 600
  template:
    metadata:
      annotations:
        jobsim/duration: "1h"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const times = {};
    for (const e of h.events({ kind: 'Job', name: 'big', reason: 'SuccessfulCreate' })) times[h.sec(e.firstTimestamp)] = (times[h.sec(e.firstTimestamp)] ?? 0) + 1;
    h.eq(times, { 0: 500, 1: 100 }, 'creations per second');
    h.eq(h.job('big').status.active, 600, 'active');
  },
};
