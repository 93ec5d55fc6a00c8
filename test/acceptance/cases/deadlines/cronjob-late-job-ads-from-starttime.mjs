// A CronJob's Job started late (the 00:05 slot created at 00:05:30 after a CronJob-controller outage, within
// startingDeadlineSeconds 60) counts its activeDeadlineSeconds from its own status.startTime (00:05:30), not from the scheduled
// time: ADS 60 fails it at 00:06:30 (FailureTarget), Failed 00:06:31; ttlSecondsAfterFinished 0 deletes it then, and the
// CronJob records SawCompletedJob ... condition: Failed, with no lastSuccessfulTime.
export default {
  id: 'deadlines/cronjob-late-job-ads-from-starttime',
  source: 'pkg/controller/job/job_controller.go syncJob (StartTime = now on the first sync), pastActiveDeadline; cronjob_controllerv2.go syncCronJob (late start within SDS, SawCompletedJob); ttlafterfinished_controller.go; reference cronjob-and-friends §2.6 a/n, job-controller §9',
  args: ['--duration', '9m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
    - {at: 4m, controllerDown: cronjob, for: 90s}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: late}
spec:
  schedule: "5 * * * *"
  startingDeadlineSeconds: 60
  jobTemplate:
    spec:
      activeDeadlineSeconds: 60
      ttlSecondsAfterFinished: 0
      template:
        metadata:
          annotations: {jobsim/duration: "10m"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('late-29453765');
    h.eq([h.sec(job.metadata.creationTimestamp), h.sec(job.status.startTime)], [330, 330], '[created, startTime]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 390], ['Failed', 'DeadlineExceeded', 391]], 'conditions');
    h.eq(h.sec(job.metadata.deletionTimestamp), 391, 'TTL 0 deletion');
    const cj = h.cronjob('late');
    h.eq([h.sec(cj.status.lastScheduleTime), cj.status.lastSuccessfulTime ?? null, (cj.status.active ?? []).length], [300, null, 0], 'CronJob [lastScheduleTime, lastSuccessfulTime, active]');
    h.eq(h.events({ kind: 'CronJob', reason: 'SawCompletedJob' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [
      ['Saw completed job: late-29453765, condition: Failed', 391]], 'SawCompletedJob');
    h.eq(h.events({ kind: 'CronJob', reason: 'MissingJob' }).length, 0, 'no MissingJob');
  },
};
