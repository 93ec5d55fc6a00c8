// A suspended CronJob creates nothing; on resume (no SDS) the most recent missed slot runs at once, only that one.
export default {
  id: 'cronjob/suspend-resume-runs-latest',
  source: 'reference cronjob-and-friends §2.6 e (suspend: no Job, no requeue; resume looks back from lastScheduleTime, most recent missed slot runs at once)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 3h50m
  timeline:
  - { at: 1h30m, patch: { kind: CronJob, name: s, spec: { suspend: true } } }
  - { at: 3h20m, patch: { kind: CronJob, name: s, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: s
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
    h.eq(h.jobsOf('s').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [
      ['s-29453820', 3600],
      ['s-29453940', 12000],
    ], '01:00 on time; 02:00 and 03:00 suspended; 03:00 runs at the resume 03:20');
    h.eq(h.cronjob('s').status.lastScheduleTime, '2026-01-01T03:00:00Z', 'lastScheduleTime');
    h.eq(h.cronjob('s').spec.suspend, false, 'resumed');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warnings');
  },
};
