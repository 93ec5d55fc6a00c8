// Forbid and a CronJob controller outage (00:18-00:38): the 00:10 Job completes during the outage (00:25:01). At
// the restart the first sync sees it (SawCompletedJob, lastSuccessfulTime = its completionTime 00:25:01, not the
// restart) and, no Job being active any more, starts the most recent missed slot (00:30) in the same sync; the
// 00:20 slot is never run. At 00:40 that Job is still running: JobAlreadyActive.
export default {
  id: 'croninterplay/outage-forbid-job-finished-during-outage',
  source: 'cronjob_controllerv2.go syncCronJob (finished Jobs removed from active before the Forbid check), utils.go mostRecentScheduleTime (only the latest missed time)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 45m
  faults:
  - {at: 18m, controllerDown: cronjob, for: 20m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "15m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [2280, 'SawCompletedJob', 'Saw completed job: cj-29453770, condition: Complete'],
      [2280, 'SuccessfulCreate', 'Created job cj-29453790'],
      [2400, 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
    ], 'CronJob events');
    const cj = h.cronjob('cj');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, (cj.status.active ?? []).map((a) => a.name)], ['2026-01-01T00:30:00Z', '2026-01-01T00:25:01Z', ['cj-29453790']], 'status');
  },
};
