// America/New_York spring-forward 2026-03-08: 02:30 local does not exist and that day's run is skipped.
export default {
  id: 'cronjob/dst-gap-new-york',
  source: 'reference cronjob-and-friends §1.2 (DST gap skipped that day; robfig v3 SpecSchedule.Next)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2026-03-07T00:00:00-05:00"
  duration: 72h
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ny
spec:
  schedule: "30 2 * * *"
  timeZone: America/New_York
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('ny');
    h.eq(jobs.map((j) => [j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['2026-03-07T07:30:00Z', '2026-03-07T02:30:00-05:00'],
      ['2026-03-09T06:30:00Z', '2026-03-09T02:30:00-04:00'],
    ], 'Mar 7 and Mar 9 only');
  },
};
