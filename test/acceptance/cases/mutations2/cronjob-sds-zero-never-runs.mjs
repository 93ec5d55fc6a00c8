// startingDeadlineSeconds: 0 is valid but leaves no window: the look-back starts at now, so the sync 100ms after a
// slot finds no unmet time. Patched in at 00:15 after the 00:10 run, the CronJob never creates another Job and
// records no event (MissSchedule is unreachable); lastScheduleTime stays 00:10.
export default {
  id: 'mutations2/cronjob-sds-zero-never-runs',
  source: 'cronjob_controllerv2.go updateCronJob (not a schedule change: enqueue now); utils.go mostRecentScheduleTime (earliestTime = max(lastScheduleTime, now - SDS); now.Before(Next(earliest)) -> nil); reference cronjob §2.3',
  args: ['--duration', '1h'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 15m, patch: {kind: CronJob, name: zero, spec: {startingDeadlineSeconds: 0}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: zero}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('zero').map((j) => j.metadata.name), ['zero-29453770'], 'only the 00:10 Job');
    const cj = h.cronjob('zero');
    h.eq([h.sec(cj.status.lastScheduleTime), cj.metadata.generation, cj.spec.startingDeadlineSeconds], [600, 2, 0], '[lastScheduleTime, generation, SDS]');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[600, 'SuccessfulCreate'], [611, 'SawCompletedJob']], 'CronJob events');
  },
};
