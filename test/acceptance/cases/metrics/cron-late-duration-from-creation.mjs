// README jobs.durationSeconds is measured "from a Job's creation", not from its schedule time. An hourly
// CronJob whose controller is down from 50m to 1h20m: the 01:00 slot's Job is created when the
// controller comes back (01:20:00, the most recent missed time, started late), runs 10s and is Complete
// 1s later: duration 11 (the 20 minutes of lateness are not in it); 02:00's Job is created at 02:00:00.1
// and also takes 11s. lastFinishedAt = 02:00:11.1 = 7211.1. (A planner asking "finished by 06:00?" must
// read lastFinishedAt or the Jobs' completion times: no metric measures lateness against the schedule.)
export default {
  id: 'metrics/cron-late-duration-from-creation',
  source: 'README metrics table (durationSeconds: from a Job\'s creation); reference cronjob-and-friends (missed schedules after an outage: only the latest missed run started)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: late}
spec:
  duration: 2h30m
  faults:
    - {at: 50m, controllerDown: cronjob, for: 30m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: hourly}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`,
  check(r, h) {
    const jobs = h.jobsOf('hourly');
    h.eq(jobs.map((j) => h.sec(j.metadata.creationTimestamp)), [4800, 7200], 'Jobs created at 01:20:00 (late) and 02:00:00');
    h.eq(r.metrics.jobs.complete, 2, 'complete');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 11, p95: 11, p99: 11, max: 11 }, 'durations from creation');
    h.eq(r.metrics.jobs.lastFinishedAt, 7211.1, 'lastFinishedAt');
  },
};
