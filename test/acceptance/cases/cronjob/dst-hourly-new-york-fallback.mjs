// America/New_York fall-back 2026-11-01: "0 * * * *" fires at 01:00 EDT and again at 01:00 EST.
export default {
  id: 'cronjob/dst-hourly-new-york-fallback',
  source: 'reference cronjob-and-friends §1.2 DST overlaps fire twice; robfig v3 spec.go Next (minute wrap re-enters hour 1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2026-11-01T04:30:00Z"
  duration: 3h
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: h
spec:
  schedule: "0 * * * *"
  timeZone: America/New_York
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('h').map((j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']), [
      '2026-11-01T01:00:00-04:00',
      '2026-11-01T01:00:00-05:00',
      '2026-11-01T02:00:00-05:00',
    ], 'hourly runs around the repeated hour');
  },
};
