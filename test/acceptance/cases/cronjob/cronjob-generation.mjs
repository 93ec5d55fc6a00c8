// The API server sets metadata.generation 1 on a new CronJob and bumps it on each spec change (not on status writes).
export default {
  id: 'cronjob/cronjob-generation',
  source: 'pkg/registry/batch/cronjob/strategy.go PrepareForCreate (cronJob.Generation = 1), PrepareForUpdate (+1 when spec changes); status strategy keeps spec',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 2h
  timeline:
  - { at: 30m, patch: { kind: CronJob, name: patched, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: plain
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
metadata:
  name: patched
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
    h.eq(h.cronjob('plain').metadata.generation, 1, 'plain CronJob: generation 1 after many status updates');
    h.eq(h.cronjob('patched').metadata.generation, 2, 'one spec patch: generation 2');
  },
};
