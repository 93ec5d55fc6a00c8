// Switching Allow -> Replace: the change itself deletes nothing (the latest slot is already handled); at the next slot
// every active Job is deleted, in status.active order, each with SuccessfulDelete, then the new Job is created.
export default {
  id: 'cronjob/replace-deletes-all-active',
  source: 'reference cronjob-and-friends §2.6 i (already handled: requeue), §2.6 k (for every active ref: delete, SuccessfulDelete; then create)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 45m
  timeline:
  - { at: 35m, patch: { kind: CronJob, name: ar, spec: { concurrencyPolicy: Replace } } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ar
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "2h"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [600, 'SuccessfulCreate', 'Created job ar-29453770'],
      [1200, 'SuccessfulCreate', 'Created job ar-29453780'],
      [1800, 'SuccessfulCreate', 'Created job ar-29453790'],
      [2400, 'SuccessfulDelete', 'Deleted job ar-29453770'],
      [2400, 'SuccessfulDelete', 'Deleted job ar-29453780'],
      [2400, 'SuccessfulDelete', 'Deleted job ar-29453790'],
      [2400, 'SuccessfulCreate', 'Created job ar-29453800'],
    ], 'events');
    h.eq((h.cronjob('ar').status.active ?? []).map((a) => a.name), ['ar-29453800'], 'active');
  },
};
