// Replace: a user deletes the running Job (kubectl, background) at 00:15: MissingJob at once, active emptied. At
// 00:20 there is nothing to replace: SuccessfulCreate only, no SuccessfulDelete, no FailedGet.
export default {
  id: 'croninterplay/user-deletes-active-job-under-replace',
  source: 'cronjob_controllerv2.go deleteJob handler (enqueue), syncCronJob (stale active ref: GetJob NotFound -> MissingJob; Replace ranges over the now empty Status.Active)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 25m
  timeline:
  - {at: 15m, delete: {kind: Job, name: cj-29453770}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    h.eq(ev, [
      [600, 'Normal', 'SuccessfulCreate', 'Created job cj-29453770'],
      [900, 'Normal', 'MissingJob', 'Active job went missing: cj-29453770'],
      [1200, 'Normal', 'SuccessfulCreate', 'Created job cj-29453780'],
    ], 'CronJob events');
    const p = h.podsOf('cj-29453770')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), h.exitCodeOf(p)], [930, 143], 'pod collected by the GC');
  },
};
