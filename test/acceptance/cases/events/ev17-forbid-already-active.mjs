// Forbid with a Job still running at the next slot: Normal JobAlreadyActive "Not starting job because prior
// execution is running and concurrency policy is Forbid" at the slot (+10m00s), no SuccessfulCreate then;
// when the running Job completes (+13m01s) the skipped slot starts late: SawCompletedJob then SuccessfulCreate.
export default {
  id: 'events/ev17-forbid-already-active',
  source: 'cronjob_controllerv2.go syncCronJob (Forbid branch: Eventf(Normal, "JobAlreadyActive", ...)); reference cronjob-and-friends.md §2.6 j',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  duration: 14m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: fb}
spec:
  schedule: "*/5 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "8m"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const e = h.events({ kind: 'CronJob' }).map((x) => [h.sec(x.firstTimestamp), x.type, x.reason, x.message]);
    h.eq(e, [
      [300, 'Normal', 'SuccessfulCreate', 'Created job fb-29453765'],
      [600, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      [781, 'Normal', 'SawCompletedJob', 'Saw completed job: fb-29453765, condition: Complete'],
      [781, 'Normal', 'SuccessfulCreate', 'Created job fb-29453770'],
    ], 'CronJob events');
  },
};
