// e2e "should remove from active list jobs that have been deleted": a Forbid CronJob's running Job is deleted by the
// user; the Job's delete event syncs the CronJob, which finds the active reference dangling (GET NotFound): Normal
// MissingJob "Active job went missing: <name>" and the ref leaves status.active. Forbid then no longer blocks the
// next slot.
export default {
  id: 'upstreamtests/e2e-cronjob-deleted-job-removed-from-active',
  source: 'test/e2e/apps/cronjob.go "should remove from active list jobs that have been deleted" (waitForJobNotActive, waitForEventWithReason MissingJob); cronjob_controllerv2.go syncCronJob ("Active job went missing: %v"), deleteJob handler enqueues the CronJob',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m}
spec:
  duration: 2m30s
  timeline:
  - {at: 90s, delete: {kind: Job, name: forbid-29453761}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: forbid}
spec:
  schedule: "*/1 * * * ?"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 300s}}
        spec:
          containers: [{name: c, image: busybox:1.36, command: [sleep, "300"]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['Normal', 'SuccessfulCreate', 'Created job forbid-29453761', 60],
      ['Normal', 'MissingJob', 'Active job went missing: forbid-29453761', 90],
      ['Normal', 'SuccessfulCreate', 'Created job forbid-29453762', 120]], 'events');
    h.eq((h.cronjob('forbid').status.active ?? []).map((a) => a.name), ['forbid-29453762'], 'active');
  },
};
