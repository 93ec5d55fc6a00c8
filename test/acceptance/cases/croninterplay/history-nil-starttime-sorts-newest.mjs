// History order with a nil startTime: a jobTemplate with suspend: true and completions: 0 gives Jobs that complete
// at once without ever getting a startTime (allowed since the 1.32 regression fix, kubernetes#132614). After the
// template is unsuspended, the 00:30 Job completes with startTime 00:30. Lowering successfulJobsHistoryLimit to 1
// sorts by startTime with nil last (nil counts as newest), ties by name: [00:30, 00:10, 00:20] -> the newest Job
// (00:30) and 00:10 are deleted, 00:20 is kept.
export default {
  id: 'croninterplay/history-nil-starttime-sorts-newest',
  source: 'cronjob_controllerv2.go removeOldestJobs (sort.Sort(byJobStartTime)); utils.go byJobStartTime.Less (nil StartTime last, equal -> name); job_controller.go syncJob (StartTime only when not suspended); kubernetes PR #132614',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 40m
  timeline:
  - {at: 25m, patch: {kind: CronJob, name: cj, spec: {jobTemplate: {spec: {suspend: false}}}}}
  - {at: 35m, patch: {kind: CronJob, name: cj, spec: {successfulJobsHistoryLimit: 1}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  successfulJobsHistoryLimit: 5
  jobTemplate:
    spec:
      suspend: true
      completions: 0
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, j.status.startTime, j.status.completionTime, h.cond(j, 'Complete') !== undefined]), [
      ['cj-29453770', undefined, '2026-01-01T00:10:00Z', true],
      ['cj-29453780', undefined, '2026-01-01T00:20:00Z', true],
      ['cj-29453790', '2026-01-01T00:30:00Z', '2026-01-01T00:30:00Z', true],
    ], 'Jobs: two without startTime');
    const del = h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).map((e) => [h.sec(e.firstTimestamp), e.message]);
    h.eq(del, [[2100, 'Deleted job cj-29453790'], [2100, 'Deleted job cj-29453770']], 'the Job with a startTime goes first, then by name');
    h.assert(h.job('cj-29453780').metadata.deletionTimestamp === undefined, 'cj-29453780 kept');
    h.eq(h.cronjob('cj').status.lastSuccessfulTime, '2026-01-01T00:30:00Z', 'lastSuccessfulTime');
  },
};
