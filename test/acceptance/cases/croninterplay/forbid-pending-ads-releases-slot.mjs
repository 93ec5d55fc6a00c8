// Forbid with pods that never fit (Pending) and activeDeadlineSeconds 800: each Job blocks the slots until its
// deadline fails it (DeadlineExceeded; its unbound pod deleted at once); the sync that sees Failed starts the
// blocked slot late, and the next failure deletes the older failed Job (failedJobsHistoryLimit 1) first.
export default {
  id: 'croninterplay/forbid-pending-ads-releases-slot',
  source: 'cronjob_controllerv2.go syncCronJob (Forbid; late start of the most recent unmet time), cleanupFinishedJobs; job_controller.go pastActiveDeadline',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 38m
  cluster:
    nodePools:
    - {name: small, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      activeDeadlineSeconds: 800
      template:
        spec:
          containers: [{name: c, image: busybox, resources: {requests: {cpu: "2"}}}]
          restartPolicy: Never
`,
  check(r, h) {
    const t1 = h.sec(h.hasCond(h.job('cj-29453770'), 'Failed', 'DeadlineExceeded').lastTransitionTime);
    const j2 = h.job('cj-29453780');
    h.eq(h.sec(j2.metadata.creationTimestamp), t1, 'the 00:20 Job starts when the first fails');
    h.eq(j2.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:20:00Z', 'late Job annotation');
    h.assert(t1 >= 1400 && t1 <= 1401, `first Job failed at ${t1}`);
    const t2 = h.sec(h.hasCond(j2, 'Failed', 'DeadlineExceeded').lastTransitionTime);
    h.assert(t2 >= t1 + 800 && t2 <= t1 + 801, `second Job failed 800s after its start (${t2})`);
    const ev = h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'JobAlreadyActive').map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [t1, 'SawCompletedJob', 'Saw completed job: cj-29453770, condition: Failed'],
      [t1, 'SuccessfulCreate', 'Created job cj-29453780'],
      [t2, 'SuccessfulDelete', 'Deleted job cj-29453770'],
      [t2, 'SawCompletedJob', 'Saw completed job: cj-29453780, condition: Failed'],
      [t2, 'SuccessfulCreate', 'Created job cj-29453790'],
    ], 'CronJob events (JobAlreadyActive left out)');
    const blocked = h.events({ kind: 'CronJob', reason: 'JobAlreadyActive' }).map((e) => h.sec(e.firstTimestamp));
    h.assert(blocked.includes(1200) && blocked.includes(1800), `blocked at 00:20 and 00:30: ${blocked}`);
    for (const n of ['cj-29453770', 'cj-29453780']) {
      const p = h.podsOf(n)[0];
      h.eq([p.status.phase, p.metadata.deletionGracePeriodSeconds, p.spec.nodeName], ['Pending', 0, undefined], `${n} pod never bound, deleted at once`);
    }
    const cj = h.cronjob('cj');
    h.eq([cj.status.lastScheduleTime, (cj.status.active ?? []).map((a) => a.name)], ['2026-01-01T00:30:00Z', ['cj-29453790']], 'status');
  },
};
