// DST meets the approximate missed count: "30 1 * * *" in America/New_York has its first two slots after creation
// one hour apart (01:30 EDT and 01:30 EST on 2026-11-01), so after an outage the search starts hours after the real
// most recent slot and finds nothing; the next Job is the next day's 01:30.
export default {
  id: 'cronjob/dst-repeat-approx-missed',
  source: 'reference cronjob-and-friends §2.3 (between = t2 - t1 of the first two slots; potentialEarliest = t1 + (n-2)*between), §1.2 DST overlap fires twice',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2026-10-31T12:00:00Z"
  duration: 43h
  faults:
  - { at: 16h, controllerDown: cronjob, for: 11h }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ny
spec:
  schedule: "30 1 * * *"
  timeZone: America/New_York
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    // down 2026-11-01T04:00Z..15:00Z; t1 = 05:30Z, t2 = 06:30Z, between 1h, n = 10, search from 13:30Z -> next 2026-11-02T06:30Z
    h.eq(h.jobsOf('ny').map((j) => [j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['2026-11-02T06:30:00Z', '2026-11-02T01:30:00-05:00'],
    ], 'no late Job at the restart; the next day on time');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
