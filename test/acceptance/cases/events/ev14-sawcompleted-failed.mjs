// A CronJob's Job fails (backoffLimit 0): Warning BackoffLimitExceeded on the Job, then, in the same second,
// Normal SawCompletedJob "Saw completed job: <name>, condition: Failed" on the CronJob.
export default {
  id: 'events/ev14-sawcompleted-failed',
  source: 'cronjob_controllerv2.go syncCronJob (IsJobFinished -> "Saw completed job: %s, condition: %v" with FinishedCondition type); updateJob enqueue (immediate)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  duration: 9m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: fail}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      backoffLimit: 0
      template:
        metadata: {annotations: {jobsim/duration: "30s", jobsim/exit-codes: "2"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const seq = r.events.filter((e) => e.involvedObject.kind !== 'Pod' && h.sec(e.firstTimestamp) > 300).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.kind, e.type, e.reason, e.message]);
    h.eq(seq, [
      [331, 'Job', 'Warning', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'],
      [331, 'CronJob', 'Normal', 'SawCompletedJob', 'Saw completed job: fail-29453765, condition: Failed'],
    ], 'events');
  },
};
