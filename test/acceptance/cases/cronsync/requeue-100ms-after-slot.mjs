// The CronJob controller wakes nextScheduleDelta = 100 ms after the schedule time. A suspend patched 50 ms after
// the 01:00 slot lands before that sync (no Job, and the suspended sync ends the key: no Job later either); one
// patched 150 ms after it comes too late (the 01:00 Job exists).
export default {
  id: 'cronsync/requeue-100ms-after-slot',
  source: 'cronjob_controllerv2.go nextScheduleDelta = 100 * time.Millisecond; utils.go nextScheduleTimeDuration (Next(base) + nextScheduleDelta - now); syncCronJob (suspend: return nil, no requeue)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2h5m
  timeline:
  - { at: 60m50ms, patch: { kind: CronJob, name: early, spec: { suspend: true } } }
  - { at: 60m150ms, patch: { kind: CronJob, name: late, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: early}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: late}
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
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [['late-29453820', '2026-01-01T01:00:00Z']], 'only the late-suspended CronJob ran at 01:00');
    h.eq(h.cronjob('early').status, {}, 'early: empty status');
    h.eq(h.cronjob('late').status.lastScheduleTime, '2026-01-01T01:00:00Z', 'late: lastScheduleTime');
  },
};
