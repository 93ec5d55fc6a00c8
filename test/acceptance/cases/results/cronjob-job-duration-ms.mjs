// README durationSeconds is "to the millisecond" from the Job's creation: the CronJob controller creates
// the slot's Job 100ms after the schedule time (its requeue), at 00:01:00.100; the 10s pod ends at
// 00:01:10.100 and the Job is Complete 1s later (status batching): 11s exactly, while
// lastFinishedAt (from the start) is 71.1. Three slots in a 3m30s run: 3 samples of 11.
export default {
  id: 'results/cronjob-job-duration-ms',
  source: 'README metrics table (durationSeconds to the millisecond; lastFinishedAt); cronjob_controllerv2.go (requeue after nextScheduleTime + 100ms)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 3m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: every}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('every').map((j) => h.sec(j.metadata.creationTimestamp)), [60, 120, 180], 'Jobs created at the slots (second precision)');
    h.eq(r.metrics.jobs.complete, 3, 'complete');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 11, p95: 11, p99: 11, max: 11 }, 'durations');
    h.eq(r.metrics.jobs.lastFinishedAt, 191.1, 'lastFinishedAt to the millisecond');
  },
};
