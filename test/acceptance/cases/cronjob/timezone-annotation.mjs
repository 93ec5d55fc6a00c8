// spec.timeZone: the schedule is read in that zone and the scheduled-timestamp annotation is written in it.
export default {
  id: 'cronjob/timezone-annotation',
  source: 'reference cronjob-and-friends §1.3 (annotation RFC 3339 in spec.timeZone, e.g. +02:00 for Europe/Rome)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 10h
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: berlin
spec:
  schedule: "0 9 * * *"
  timeZone: Europe/Berlin
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('berlin');
    h.eq(jobs.map((j) => j.metadata.name), ['berlin-29454240'], '09:00 CET = 08:00Z = 29454240');
    h.eq(jobs[0].metadata.creationTimestamp, '2026-01-01T08:00:00Z', 'created at 08:00Z');
    h.eq(jobs[0].metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T09:00:00+01:00', 'annotation in Europe/Berlin');
    h.eq(h.cronjob('berlin').status.lastScheduleTime, '2026-01-01T08:00:00Z', 'lastScheduleTime in UTC');
  },
};
