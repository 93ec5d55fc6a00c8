// TestControllerV2CleanupFinishedJobs rows "jobs are still deleted when a cronjob can't create jobs due to jobs quota
// being reached (avoiding a deadlock)" and "jobs are not deleted if history limit not reached". The quota error is
// translated to the create failure the simulator can produce: AlreadyExists on a Job the CronJob does not own. With
// successfulJobsHistoryLimit 1 and two finished Jobs at the 10:01 sync, the one with the older startTime is deleted
// (SuccessfulDelete) before the create fails (no event, no requeue); with limit 2 nothing is deleted.
const cj = (ns, limit) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: fooer, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
  successfulJobsHistoryLimit: ${limit}
  jobTemplate:
    metadata: {labels: {key: value}}
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronjobtable/cleanup-before-failed-create',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2CleanupFinishedJobs rows "jobs are still deleted when a cronjob can\'t create jobs due to jobs quota being reached (avoiding a deadlock)" (expectedDeletedJobs = the one started an hour ago), "jobs are not deleted if history limit not reached"; cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T07:59:00Z"
  duration: 2h30m
  faults:
  - { at: 1h1m5s, controllerDown: cronjob, for: 1h0m55s }
---
apiVersion: batch/v1
kind: Job
metadata: {name: fooer-24394200, namespace: quota}
spec:
  template:
    spec:
      containers: [{name: c, image: foo/bar}]
      restartPolicy: Never
${cj('quota', 1)}${cj('nolimit', 2)}`,
  check(r, h) {
    const ev = (ns) => r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns).map((e) => [e.firstTimestamp, e.reason, e.message]);
    h.eq(ev('quota'), [
      ['2016-05-19T08:00:00Z', 'SuccessfulCreate', 'Created job fooer-24394080'],
      ['2016-05-19T08:00:11Z', 'SawCompletedJob', 'Saw completed job: fooer-24394080, condition: Complete'],
      ['2016-05-19T09:00:00Z', 'SuccessfulCreate', 'Created job fooer-24394140'],
      ['2016-05-19T10:01:00Z', 'SuccessfulDelete', 'Deleted job fooer-24394080'],
      ['2016-05-19T10:01:00Z', 'SawCompletedJob', 'Saw completed job: fooer-24394140, condition: Complete'],
    ], 'quota: cleanup, then the create fails silently (and the CronJob is not requeued)');
    h.eq(h.job('fooer-24394080', 'quota').metadata.deletionTimestamp, '2016-05-19T10:01:00Z', 'the older finished Job deleted');
    h.eq(h.job('fooer-24394140', 'quota').metadata.deletionTimestamp ?? null, null, 'the newer kept');
    h.eq(ev('nolimit').filter((e) => e[0] === '2016-05-19T10:01:00Z'), [
      ['2016-05-19T10:01:00Z', 'SawCompletedJob', 'Saw completed job: fooer-24394140, condition: Complete'],
      ['2016-05-19T10:01:00Z', 'SuccessfulCreate', 'Created job fooer-24394200'],
    ], 'limit 2: two finished Jobs at 10:01, nothing deleted');
    // only when the 10:00 Job completes are there 3 > 2 finished Jobs
    h.eq(ev('nolimit').filter((e) => e[1] === 'SuccessfulDelete'), [['2016-05-19T10:01:11Z', 'SuccessfulDelete', 'Deleted job fooer-24394080']], 'limit 2: first delete at the third completion');
  },
};
