// The CronJob's active Job is deleted by hand: the CronJob's next sync (triggered by the Job's deletion)
// records Normal MissingJob "Active job went missing: <name>" at the deletion time.
export default {
  id: 'events/ev29-missing-job',
  source: 'cronjob_controllerv2.go syncCronJob (active ref with no listed Job, GET NotFound -> Eventf(Normal, "MissingJob", "Active job went missing: %v")); deleteJob handler enqueue',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mj}
spec:
  duration: 9m
  timeline:
  - {at: 6m, delete: {kind: Job, name: mj-29453765}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mj}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "10m"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const e = h.events({ kind: 'CronJob' }).map((x) => [h.sec(x.firstTimestamp), x.type, x.reason, x.message]);
    h.eq(e, [[300, 'Normal', 'SuccessfulCreate', 'Created job mj-29453765'], [360, 'Normal', 'MissingJob', 'Active job went missing: mj-29453765']], 'CronJob events');
  },
};
