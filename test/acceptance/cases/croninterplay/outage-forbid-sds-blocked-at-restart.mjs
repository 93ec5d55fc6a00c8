// Outage 00:12-00:22 with Forbid and startingDeadlineSeconds 300: at the restart the 00:20 slot is within the
// deadline but the 00:10 Job still runs: JobAlreadyActive at 00:22 (lastScheduleTime stays 00:10). When that Job
// completes (00:25:01) the look-back starts at 00:20:01, so the blocked slot is gone: no late start; next Job 00:30.
export default {
  id: 'croninterplay/outage-forbid-sds-blocked-at-restart',
  source: 'cronjob_controllerv2.go syncCronJob (Forbid: no LastScheduleTime), utils.go mostRecentScheduleTime (SDS); reference §2.6 j',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 45m
  faults:
  - {at: 12m, controllerDown: cronjob, for: 10m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 300
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "15m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [
      [600, 'SuccessfulCreate'],
      [1320, 'JobAlreadyActive'],
      [1501, 'SawCompletedJob'],
      [1800, 'SuccessfulCreate'],
      [2400, 'JobAlreadyActive'],
    ], 'CronJob events');
    h.eq(h.jobsOf('cj').map((j) => j.metadata.name), ['cj-29453770', 'cj-29453790'], 'the 00:20 slot never runs');
  },
};
