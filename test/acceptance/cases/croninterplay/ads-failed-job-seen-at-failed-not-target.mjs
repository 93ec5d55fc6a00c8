// A CronJob's Job hits activeDeadlineSeconds (120s): FailureTarget at 00:12:00, its pod is deleted (grace 30, exits
// 143), Failed/DeadlineExceeded once no pod is terminating. The CronJob reacts to Failed, not FailureTarget: its
// SawCompletedJob "condition: Failed" has the Failed condition's time. At the next failure the older failed Job is
// deleted first (failedJobsHistoryLimit 1), in the same sync, before SawCompletedJob.
export default {
  id: 'croninterplay/ads-failed-job-seen-at-failed-not-target',
  source: 'job/util IsJobFinished (Complete or Failed True only); cronjob_controllerv2.go cleanupFinishedJobs/removeOldestJobs; job_controller.go enactJobFinished (terminal condition delayed while pods terminate)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 25m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      activeDeadlineSeconds: 120
      template:
        metadata: {annotations: {jobsim/duration: "10m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const j1 = h.job('cj-29453770');
    h.eq(h.sec(h.hasCond(j1, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 720, 'FailureTarget at the deadline');
    const t1 = h.sec(h.hasCond(j1, 'Failed', 'DeadlineExceeded').lastTransitionTime);
    const t2 = h.sec(h.hasCond(h.job('cj-29453780'), 'Failed', 'DeadlineExceeded').lastTransitionTime);
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [t1, 'SawCompletedJob', 'Saw completed job: cj-29453770, condition: Failed'],
      [1200, 'SuccessfulCreate', 'Created job cj-29453780'],
      [t2, 'SuccessfulDelete', 'Deleted job cj-29453770'],
      [t2, 'SawCompletedJob', 'Saw completed job: cj-29453780, condition: Failed'],
    ], 'CronJob events');
    h.assert(t1 >= 720 && t1 <= 721, `Failed at ${t1}`);
    h.eq(h.cronjob('cj').status.lastSuccessfulTime, undefined, 'no lastSuccessfulTime');
    h.eq(h.sec(j1.metadata.deletionTimestamp), t2, 'older failed Job deleted at the second failure');
  },
};
