// A metadata-only patch of a CronJob (a label) is "any other change": updateCronJob enqueues it at once. Under
// Forbid with the 00:20 slot still unmet (00:10 Job running 17m), that sync records JobAlreadyActive again at 00:25.
// The 00:10 Job completes at 00:27:01; that sync creates the 00:20 Job late; 00:30 is blocked by it.
export default {
  id: 'mutations2/cronjob-label-patch-forbid-jobalreadyactive',
  source: 'cronjob_controllerv2.go updateCronJob (schedule/timeZone unchanged: enqueueController now), syncCronJob (Forbid + active: Eventf JobAlreadyActive "Not starting job because prior execution is running and concurrency policy is Forbid"); reference cronjob §2.1',
  args: ['--duration', '40m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 25m, patch: {kind: CronJob, name: cj, metadata: {labels: {team: "a"}}}}
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
        metadata: {annotations: {jobsim/duration: 17m}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob', name: 'cj' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[600, 'SuccessfulCreate'], [1200, 'JobAlreadyActive'], [1500, 'JobAlreadyActive'], [1621, 'SawCompletedJob'], [1621, 'SuccessfulCreate'], [1800, 'JobAlreadyActive']], 'CronJob events');
    const cj = h.cronjob('cj');
    h.eq([cj.metadata.generation, cj.metadata.labels?.team], [1, 'a'], '[generation, label]');
    h.eq(h.sec(cj.status.lastScheduleTime), 1200, 'lastScheduleTime (the late 00:20 run)');
  },
};
