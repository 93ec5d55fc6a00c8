// e2e "should be able to schedule after more than 100 missed schedule": the e2e back-dates the CronJob; here the
// CronJob controller is down from 30s for 3h, so ~180 "*/1" slots are missed. On its return (3h30s) it warns
// TooManyMissedTimes and still starts the most recent slot (03:00): Job concurrent-29453940, lastScheduleTime 03:00.
export default {
  id: 'e2e/cronjob-missed-100',
  source: 'test/e2e/apps/cronjob.go "should be able to schedule after more than 100 missed schedule" (waitForActiveJobs 1); cronjob_controllerv2.go syncCronJob/utils.go mostRecentScheduleTime (TooManyMissedTimes, still runs the latest); reference cronjob-and-friends §2.3, §2.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3h3m
  faults:
  - {at: 30s, controllerDown: cronjob, for: 3h}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: concurrent}
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
          containers: [{name: c, image: busybox, command: [sleep, "300"]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const cj = h.cronjob('concurrent');
    h.eq([(cj.status.active ?? []).map((a) => a.name), h.sec(cj.status.lastScheduleTime)], [['concurrent-29453940'], 10800], 'active/lastScheduleTime');
    h.eq(h.events({ kind: 'CronJob' }).slice(0, 2).map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew', 10830],
      ['Normal', 'SuccessfulCreate', 'Created job concurrent-29453940', 10830]], 'events on return');
    h.eq(h.job('concurrent-29453940').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T03:00:00Z', 'scheduled timestamp');
    h.eq(h.of('Job').length, 1, 'only the latest missed slot runs');
  },
};
