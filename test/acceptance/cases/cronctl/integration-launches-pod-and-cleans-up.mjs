// test/integration/cronjob TestCronJobLaunchesPodAndCleansUp: a "* * * * ?" CronJob with successfulJobsHistoryLimit 0
// and terminationGracePeriodSeconds 0 launches Jobs whose only ownerReference is the CronJob and pods whose only
// ownerReference is their Job; each Job is deleted (history limit 0) in the sync that sees it Complete, with no
// SawCompletedJob, and lastSuccessfulTime follows the last completion.
export default {
  id: 'cronctl/integration-launches-pod-and-cleans-up',
  source: 'kubernetes test/integration/cronjob/cronjob_test.go TestCronJobLaunchesPodAndCleansUp/newCronJob/validateJobAndPod; pkg/controller/cronjob/cronjob_controllerv2.go cleanupFinishedJobs (limit 0), syncCronJob',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T10:00:30Z"
  duration: 3m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: foo, namespace: simple-cronjob-test}
spec:
  schedule: "* * * * ?"
  successfulJobsHistoryLimit: 0
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: foo, image: bar}]
          terminationGracePeriodSeconds: 0
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job');
    h.eq(jobs.map((j) => [j.metadata.name, (j.metadata.ownerReferences ?? []).map((o) => [o.kind, o.name, o.controller])]), [
      ['foo-24394201', [['CronJob', 'foo', true]]],
      ['foo-24394202', [['CronJob', 'foo', true]]],
      ['foo-24394203', [['CronJob', 'foo', true]]],
    ], 'Jobs and their owners');
    for (const p of h.of('Pod')) h.eq((p.metadata.ownerReferences ?? []).map((o) => o.kind), ['Job'], 'pod owner of ' + p.metadata.name);
    h.eq(h.of('Pod').length, 3, 'one pod per Job');
    h.eq(jobs.map((j) => j.metadata.deletionTimestamp === j.status.completionTime), [true, true, true], 'each Job deleted when seen Complete');
    h.eq(h.events({ kind: 'CronJob', reason: 'SawCompletedJob' }).length, 0, 'no SawCompletedJob with limit 0');
    h.eq(h.cronjob('foo', 'simple-cronjob-test').status.lastSuccessfulTime, jobs[2].status.completionTime, 'lastSuccessfulTime');
  },
};
