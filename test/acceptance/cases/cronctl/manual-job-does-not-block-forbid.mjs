// A Job made from the CronJob by hand (kubectl create job --from=cronjob/cj sets a controller ownerReference and the
// cronjob.kubernetes.io/instantiate: manual annotation) is one of the CronJob's Jobs but never in status.active.
// Forbid only looks at status.active, so at 10:00 the scheduled Job is created anyway, right after the Warning
// UnexpectedJob for the manual one; status.active holds only the scheduled Job.
export default {
  id: 'cronctl/manual-job-does-not-block-forbid',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (UnexpectedJob "Saw a job that the controller did not create or forgot: %s"; ForbidConcurrent && len(cronJob.Status.Active) > 0); TestControllerV2SyncCronJob row "never ran, is time, F"; kubectl create job --from (controller ownerReference)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:30:00Z"
  duration: 45m
  timeline:
  - {at: 10m, create: {apiVersion: batch/v1, kind: Job, metadata: {name: manual-1, annotations: {cronjob.kubernetes.io/instantiate: manual}, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: mycronjob, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true, blockOwnerDeletion: true}]}, spec: {template: {metadata: {annotations: {jobsim/duration: 2h}}, spec: {restartPolicy: Never, containers: [{name: c, image: foo/bar}]}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 2h}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('mycronjob').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (scenario precondition)');
    const at10 = h.events({ kind: 'CronJob' }).filter((e) => e.firstTimestamp === '2016-05-19T10:00:00Z').map((e) => [e.type, e.reason, e.message]);
    h.eq(at10.slice(0, 2), [
      ['Warning', 'UnexpectedJob', 'Saw a job that the controller did not create or forgot: manual-1'],
      ['Normal', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
    ], 'first events of the 10:00 sync');
    h.assert(at10.slice(2).every((e) => e[1] === 'UnexpectedJob'), `later 10:00 syncs only report the manual Job again: ${JSON.stringify(at10)}`);
    const st = h.cronjob('mycronjob').status;
    h.eq([(st.active ?? []).map((a) => a.name), st.lastScheduleTime], [['mycronjob-24394200'], '2016-05-19T10:00:00Z'], 'status');
  },
};
