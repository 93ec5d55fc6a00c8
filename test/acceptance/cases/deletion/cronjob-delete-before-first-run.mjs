// A CronJob deleted before its first slot: nothing is ever created, no event, the run continues to its duration.
export default {
  id: 'deletion/cronjob-delete-before-first-run',
  source: 'cronjob_controllerv2.go sync (lister NotFound: return); CONTRACT §3 items (deleted objects kept with deletionTimestamp)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 2h
  timeline:
  - {at: 30m, delete: {kind: CronJob, name: hourly}}
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
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('hourly');
    h.eq(h.sec(cj.metadata.deletionTimestamp), 1800, 'deleted at 30m');
    h.eq(cj.status.lastScheduleTime, undefined, 'never scheduled');
    h.eq(r.counts.Job ?? 0, 0, 'no Job');
    h.eq(r.events.length, 0, 'no event');
    h.eq(r.spec.end, '2026-01-01T02:00:00Z', 'runs to its duration');
  },
};
