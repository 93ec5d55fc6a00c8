// e2e ConformanceIt "should not schedule jobs when suspended": a CronJob created with suspend true never creates a Job;
// status.active stays empty and the controller records no event.
export default {
  id: 'upstreamtests/e2e-cronjob-suspended',
  source: 'test/e2e/apps/cronjob.go ConformanceIt "should not schedule jobs when suspended" (Consistently Status.Active empty; jobs list empty); cronjob_controllerv2.go syncCronJob (suspend: return, no requeue)',
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
  suspend: true
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36, command: [sleep, "300"]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.of('Job').length, 0, 'no Job');
    h.eq(h.cronjob('suspended').status, {}, 'status untouched');
    h.eq(h.events({ kind: 'CronJob' }).length, 0, 'no CronJob event');
  },
};
