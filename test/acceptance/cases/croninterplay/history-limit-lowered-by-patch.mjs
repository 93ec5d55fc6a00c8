// Lowering successfulJobsHistoryLimit (3 -> 1) with a patch: the update enqueues the CronJob at once (not a schedule
// change), and that sync's cleanupFinishedJobs deletes the two oldest finished Jobs (by startTime) in order, each
// with Normal SuccessfulDelete, at the patch time, although nothing is due. Their Succeeded pods are collected with
// grace 0 (terminal pods are deleted at once). At the next completion, the older Job goes before SawCompletedJob.
export default {
  id: 'croninterplay/history-limit-lowered-by-patch',
  source: 'cronjob_controllerv2.go updateCronJob (other change: enqueueController now), sync (cleanupFinishedJobs before syncCronJob), removeOldestJobs (byJobStartTime); pod strategy CheckGracefulDelete (terminal pod: period 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 50m
  timeline:
  - {at: 33m, patch: {kind: CronJob, name: cj, spec: {successfulJobsHistoryLimit: 1}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "1m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).filter((e) => h.sec(e.firstTimestamp) > 1900).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [1980, 'SuccessfulDelete', 'Deleted job cj-29453770'],
      [1980, 'SuccessfulDelete', 'Deleted job cj-29453780'],
      [2400, 'SuccessfulCreate', 'Created job cj-29453800'],
      [2461, 'SuccessfulDelete', 'Deleted job cj-29453790'],
      [2461, 'SawCompletedJob', 'Saw completed job: cj-29453800, condition: Complete'],
    ], 'CronJob events after the patch');
    for (const n of ['cj-29453770', 'cj-29453780']) {
      h.eq(h.sec(h.job(n).metadata.deletionTimestamp), 1980, `${n} deleted at the patch`);
      const p = h.podsOf(n)[0];
      h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase], [1980, 0, 'Succeeded'], `${n} pod collected with grace 0`);
    }
    h.assert(h.job('cj-29453800').metadata.deletionTimestamp === undefined, 'newest Job kept');
    const cj = h.cronjob('cj');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, cj.status.active], ['2026-01-01T00:40:00Z', '2026-01-01T00:41:01Z', undefined], 'status');
  },
};
