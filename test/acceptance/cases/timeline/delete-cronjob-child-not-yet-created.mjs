// `delete` may name a Job a CronJob will create (<cronjob>-<minutes>): at 00:30 the 01:00 Job does
// not exist, so the delete finds nothing (kubectl: NotFound) and the run goes on (warning on stderr,
// exit 0); the 01:00 Job is created normally. At 01:10 the running 01:00 Job is deleted
// (background): its pod gets the 30s grace and the CronJob reports the missing active Job.
export default {
  id: 'timeline/delete-cronjob-child-not-yet-created',
  source: 'README Scenario format (delete may name a Job a declared CronJob will create; looked up when the time comes, warning if absent); cronjob_controllerv2.go syncCronJob (MissingJob "Active job went missing: %v"); pod strategy CheckGracefulDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: child}
spec:
  duration: 90m
  timeline:
  - {at: 30m, delete: {kind: Job, name: cj-29453820}}
  - {at: 70m, delete: {kind: Job, name: cj-29453820}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 1h}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('cj-29453820');
    h.eq(h.sec(j.metadata.creationTimestamp), 3600, 'created at 01:00 despite the early delete');
    h.eq(h.sec(j.metadata.deletionTimestamp), 4200, 'deleted at 01:10');
    const pod = h.podsOf('cj-29453820')[0];
    h.eq(h.sec(pod.metadata.deletionTimestamp), 4230, 'pod grace 30s');
    h.eq(h.events({ reason: 'MissingJob', name: 'cj' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[4200, 'Active job went missing: cj-29453820']], 'MissingJob');
    h.eq(h.cronjob('cj').status.active, undefined, 'active list emptied');
  },
};
