// e2e "should remove from active list jobs that have been deleted": Forbid, the 1m Job sleeps 300s and is deleted by the
// user at 90s (background). The CronJob is synced at once: the Job is not found, so it is removed from status.active with
// a Normal MissingJob event "Active job went missing: <name>"; with nothing active, the 2m slot starts normally.
export default {
  id: 'e2e2/cronjob-remove-deleted-active',
  source: 'test/e2e/apps/cronjob.go "should remove from active list jobs that have been deleted" (DeleteResourceAndWaitForGC, waitForJobNotActive, waitForEventWithReason MissingJob); cronjob_controllerv2.go deleteJob handler (enqueue), syncCronJob (active ref not in children, GetJob NotFound: MissingJob, deleteFromActiveList)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
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
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        metadata: {annotations: {jobsim/duration: 300s}}
        spec:
          restartPolicy: OnFailure
          containers: [{name: c, image: busybox, command: [sleep, "300"]}]
`,
  check(r, h) {
    const cj = h.cronjob('forbid');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['Normal', 'SuccessfulCreate', 'Created job forbid-29453761', 60],
      ['Normal', 'MissingJob', 'Active job went missing: forbid-29453761', 90],
      ['Normal', 'SuccessfulCreate', 'Created job forbid-29453762', 120]], 'cronjob events');
    h.eq([(cj.status.active ?? []).map((a) => a.name), h.sec(cj.status.lastScheduleTime)], [['forbid-29453762'], 120], 'status');
    h.eq(h.jobsOf('forbid').map((j) => [j.metadata.name, h.sec(j.metadata.deletionTimestamp)]), [['forbid-29453761', 90], ['forbid-29453762', undefined]], 'jobs');
    h.eq(h.events({ reason: 'JobAlreadyActive' }).length, 0, 'the 2m slot is not blocked');
  },
};
