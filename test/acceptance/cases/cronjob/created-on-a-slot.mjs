// A CronJob created exactly at a slot does not run that slot: the first time is strictly after creationTimestamp.
export default {
  id: 'cronjob/created-on-a-slot',
  source: 'reference cronjob-and-friends §2.3 (earliest = creationTimestamp; Next strictly after), §1.2 Next',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 35m
  timeline:
  - at: 10m
    create:
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: late}
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
    h.eq(h.cronjob('late').metadata.creationTimestamp, '2026-01-01T00:10:00Z', 'created at 00:10');
    h.eq(h.jobsOf('late').map((j) => j.metadata.name), ['late-29453780', 'late-29453790'], '00:20 and 00:30, not 00:10');
  },
};
