// A jobTemplate.metadata.labels patch (v=1 -> v=2, generation 2) affects only Jobs created afterwards:
// the 00:05 Job keeps v=1, the 00:10 Job has v=2. The controller still reconciles the old Job, found by
// its controller reference rather than by labels: with successfulJobsHistoryLimit 1, the sync at 00:10:11
// deletes it (cleanup runs before syncCronJob's SawCompletedJob).
export default {
  id: 'strategy/cronjob-template-labels-patch-history-still-owned',
  source: 'cronjob_controllerv2.go getJobsToBeReconciled ("there may be jobs with labels that don\'t match the template anymore, but that still have a ControllerRef"), sync (cleanupFinishedJobs before syncCronJob), removeOldestJobs (Eventf SuccessfulDelete "Deleted job %v"); utils.go getJobFromTemplate2 (labels copied from jobTemplate.metadata); cronjob strategy PrepareForUpdate (generation)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 12m
  timeline:
  - {at: 7m, patch: {kind: CronJob, name: cj, spec: {jobTemplate: {metadata: {labels: {v: "2"}}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    metadata: {labels: {v: "1"}}
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.generation, 2, 'generation');
    const old = h.job('cj-29453765'), cur = h.job('cj-29453770');
    h.eq([old.metadata.labels, cur.metadata.labels], [{ v: '1' }, { v: '2' }], 'Job labels');
    h.eq(old.metadata.deletionTimestamp, '2026-01-01T00:10:11Z', 'old Job deleted at 00:10:11');
    h.eq(cur.metadata.deletionTimestamp, undefined, 'new Job kept');
    const ev = h.events({ kind: 'CronJob', name: 'cj' }).filter((e) => e.firstTimestamp === '2026-01-01T00:10:11Z').map((e) => `${e.reason}: ${e.message}`);
    h.eq(ev, ['SuccessfulDelete: Deleted job cj-29453765', 'SawCompletedJob: Saw completed job: cj-29453770, condition: Complete'], 'events at 00:10:11');
  },
};
