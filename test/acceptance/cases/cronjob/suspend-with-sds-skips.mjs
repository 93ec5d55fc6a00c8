// Suspended past the startingDeadlineSeconds window: on resume nothing runs until the next slot.
export default {
  id: 'cronjob/suspend-with-sds-skips',
  source: 'reference cronjob-and-friends §2.6 e + §2.3 (look-back bounded by SDS)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 4h10m
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
  startingDeadlineSeconds: 600
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
      ['s-29454000', 14400],
    ], '01:00, then 04:00 (03:00 is 20m old at the resume, past SDS 600)');
    h.eq(h.events({ kind: 'CronJob' }).length, 4, 'two SuccessfulCreate + two SawCompletedJob, nothing else');
  },
};
