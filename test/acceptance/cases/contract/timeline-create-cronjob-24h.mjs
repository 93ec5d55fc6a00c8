// Contract §2: "one with a CronJob runs 24h": a CronJob created by the timeline counts too.
export default {
  id: 'contract/timeline-create-cronjob-24h',
  source: 'CONTRACT.md §2 ("Without duration, a scenario with no CronJob runs until nothing more can happen; one with a CronJob runs 24h")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tlc}
spec:
  timeline:
  - at: 22h
    create:
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: late}
      spec:
        schedule: "30 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                containers: [{name: c, image: busybox:1.36}]
                restartPolicy: Never
`,
  check(r, h) {
    h.eq([r.spec.end, r.spec.endedBy], ['2026-01-02T00:00:00Z', 'duration'], 'spec');
    h.eq(h.jobsOf('late').map((j) => h.sec(j.metadata.creationTimestamp)), [22 * 3600 + 1800, 23 * 3600 + 1800], 'runs at 22:30 and 23:30');
  },
};
