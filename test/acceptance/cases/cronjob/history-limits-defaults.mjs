// Default history limits: 3 successful and 1 failed finished Jobs are kept; the oldest (by startTime) are deleted
// with SuccessfulDelete "Deleted job <name>", in the sync triggered by the completion that exceeds the limit,
// before SawCompletedJob of that sync (cleanup runs first).
export default {
  id: 'cronjob/history-limits-defaults',
  source: 'reference cronjob-and-friends §1.1 defaults 3/1, §2.2 step 4 (cleanup before syncCronJob), §2.7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 55m
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ok
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: bad
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      backoffLimit: 0
      template:
        metadata:
          annotations: {jobsim/exit-codes: "1"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ok = h.cronjob('ok');
    const bad = h.cronjob('bad');
    h.eq([ok.spec.successfulJobsHistoryLimit, ok.spec.failedJobsHistoryLimit], [3, 1], 'defaults');
    const dels = (n) => h.events({ kind: 'CronJob', name: n, reason: 'SuccessfulDelete' }).map((e) => [e.message, e.firstTimestamp]);
    const okJobs = Object.fromEntries(h.jobsOf('ok').map((j) => [j.metadata.name, j]));
    h.eq(dels('ok'), [
      ['Deleted job ok-29453770', okJobs['ok-29453800'].status.completionTime],
      ['Deleted job ok-29453780', okJobs['ok-29453810'].status.completionTime],
    ], 'ok: the oldest deleted when the 4th and 5th complete');
    const badJobs = h.jobsOf('bad');
    h.eq(badJobs.length, 5, 'five failed Jobs created');
    const failedAt = (j) => h.cond(j, 'Failed').lastTransitionTime;
    h.eq(dels('bad'), badJobs.slice(0, 4).map((j, i) => [`Deleted job ${j.metadata.name}`, failedAt(badJobs[i + 1])]), 'bad: each failure deletes the previous failed Job');
    const saw = h.events({ kind: 'CronJob', name: 'bad', reason: 'SawCompletedJob' });
    h.eq(saw.length, 5, 'five SawCompletedJob');
    h.eq(saw[0].message, `Saw completed job: ${badJobs[0].metadata.name}, condition: Failed`, 'condition: Failed');
    // in each sync: SuccessfulDelete first, then SawCompletedJob
    const t = failedAt(badJobs[1]);
    h.eq(h.events({ kind: 'CronJob', name: 'bad' }).filter((e) => e.firstTimestamp === t).map((e) => e.reason), ['SuccessfulDelete', 'SawCompletedJob'], 'cleanup before reconciliation');
    h.assert(bad.status.lastSuccessfulTime === undefined, 'no lastSuccessfulTime for failures');
  },
};
