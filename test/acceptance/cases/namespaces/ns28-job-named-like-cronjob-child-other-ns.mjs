// A Job b/cj-29453761 (declared, not owned) does not collide with the Job the CronJob a/cj creates for 00:01:
// the create in namespace a succeeds (SuccessfulCreate "Created job cj-29453761"), and a/cj sees no UnexpectedJob.
export default {
  id: 'namespaces/ns28-job-named-like-cronjob-child-other-ns',
  source: 'cronjob_controllerv2.go syncCronJob (jobControl.CreateJob(cronJob.Namespace, ...); AlreadyExists only within the namespace); getJobsToBeReconciled (namespace lister)',
  args: ['--duration', '1m30s'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: a}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: cj-29453761, namespace: b}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const a = h.job('cj-29453761', 'a'), b = h.job('cj-29453761', 'b');
    h.assert(a.metadata.uid !== b.metadata.uid, 'two Jobs');
    h.eq(h.sec(a.metadata.creationTimestamp), 60, 'a/cj-29453761 created at 1m');
    h.eq(b.metadata.ownerReferences, undefined, 'b Job not adopted');
    const cjEv = r.events.filter((e) => e.involvedObject.kind === 'CronJob').map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(cjEv, [[60, 'SuccessfulCreate', 'Created job cj-29453761'], [71, 'SawCompletedJob', 'Saw completed job: cj-29453761, condition: Complete']], 'cronjob events');
    h.eq(h.cronjob('cj', 'a').status.lastSuccessfulTime, '2026-01-01T00:01:11Z', 'lastSuccessfulTime from a/ Job only');
  },
};
