// Changing "0 1 * * *" to "0 3 * * *" at 05:00 after the 01:00 run: updateCronJob asks for a requeue at the new
// schedule's next time (tomorrow 03:00:00.1), but the delaying queue keeps the earlier pending entry (tomorrow
// 01:00:00.1, from the old schedule). That sync looks back from lastScheduleTime (01:00 today) with the new schedule:
// today's 03:00 is the most recent unmet time, so Job cj-<today 03:00> is created a day late, at 01:00 tomorrow;
// then tomorrow's 03:00 runs on time.
export default {
  id: 'croninterplay/schedule-change-old-requeue-runs-passed-slot',
  source: 'cronjob_controllerv2.go updateCronJob (AddAfter(nextScheduleTimeDuration)); client-go delaying_queue waitingLoop (an existing entry is only moved earlier); utils.go mostRecentScheduleTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 28h
  timeline:
  - {at: 5h, patch: {kind: CronJob, name: cj, spec: {schedule: "0 3 * * *"}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 1 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['cj-29453820', 3600, '2026-01-01T01:00:00Z'],
      ['cj-29453940', 90000, '2026-01-01T03:00:00Z'],
      ['cj-29455380', 97200, '2026-01-02T03:00:00Z'],
    ], 'Jobs: 01:00 on time, yesterday 03:00 at 01:00 next day, 03:00 on time');
    h.eq(h.cronjob('cj').status.lastScheduleTime, '2026-01-02T03:00:00Z', 'lastScheduleTime');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
