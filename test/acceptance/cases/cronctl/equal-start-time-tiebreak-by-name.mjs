// TestByJobStartTime row "both have non-nil, equal start time": Jobs with the same status.startTime are ordered by
// name. With the Job controller down from 09:59 to 12:30, the 10:00, 11:00 and 12:00 Jobs all get startTime 12:30:00
// and finish together; successfulJobsHistoryLimit 1 keeps only the last by (startTime, name), so the two
// lexically-first Jobs are deleted, in that order.
export default {
  id: 'cronctl/equal-start-time-tiebreak-by-name',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestByJobStartTime "both have non-nil, equal start time"; utils.go byJobStartTime.Less (Equal -> Name); cronjob_controllerv2.go removeOldestJobs',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:30:00Z"
  duration: 3h20m
  faults:
  - { at: 29m, controllerDown: job, for: 2h31m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Allow
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "10s"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job');
    const early = ['mycronjob-24394200', 'mycronjob-24394260', 'mycronjob-24394320'].map((n) => h.job(n, 'snazzycats'));
    h.eq(early.map((j) => j.status.startTime), ['2016-05-19T12:30:00Z', '2016-05-19T12:30:00Z', '2016-05-19T12:30:00Z'], 'equal start times');
    h.eq(early.map((j) => j.metadata.deletionTimestamp !== undefined), [true, true, false], 'the two first by name are deleted');
    const dels = h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).map((e) => e.message);
    h.eq(dels.slice(0, 2), ['Deleted job mycronjob-24394200', 'Deleted job mycronjob-24394260'], 'deletion order');
  },
};
