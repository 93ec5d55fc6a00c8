// e2e ConformanceIt "should not schedule jobs when suspended": a suspended "*/1 * * * ?" CronJob creates no Job for 5
// minutes: status.active empty, no lastScheduleTime, no event at all.
export default {
  id: 'e2e2/cronjob-suspended',
  source: 'test/e2e/apps/cronjob.go ConformanceIt "should not schedule jobs when suspended" (Consistently Status.Active empty for cronJobTimeout 5m, no Job listed); cronjob_controllerv2.go syncCronJob (Spec.Suspend: return before scheduling, no event)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 5m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: suspended}
spec:
  schedule: "*/1 * * * ?"
  concurrencyPolicy: Allow
  suspend: true
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: c, image: busybox, command: [sleep, "300"]}]
`,
  check(r, h) {
    const cj = h.cronjob('suspended');
    h.eq([cj.spec.suspend, cj.status.active ?? [], cj.status.lastScheduleTime], [true, [], undefined], 'status');
    h.eq(h.of('Job').length, 0, 'no Job');
    h.eq(h.of('Pod').length, 0, 'no Pod');
    h.eq(r.events.length, 0, 'no events');
  },
};
