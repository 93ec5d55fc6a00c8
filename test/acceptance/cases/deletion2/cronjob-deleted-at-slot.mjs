// A */10 CronJob deleted at exactly 10m: its controller's requeue for the 10m slot fires at 10m00.1s (nextScheduleDelta
// 100ms after the slot), when the CronJob is gone: no Job is ever created and no event recorded.
export default {
  id: 'deletion2/cronjob-deleted-at-slot',
  source: 'cronjob_controllerv2.go nextScheduleTimeDuration (+100ms), sync (lister NotFound: return)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 15m
  timeline:
  - {at: 10m, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
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
    h.eq(h.sec(h.cronjob('cj').metadata.deletionTimestamp), 600, 'deleted at 10m');
    h.eq(r.counts.Job ?? 0, 0, 'no Job');
    h.eq(r.events.length, 0, 'no event');
  },
};
