// Seed 004 nightly-backup whose backup.sh always fails (restartPolicy OnFailure, default backoffLimit 6): each night the
// container is restarted in place after 0, 10, 20, 40, 80, 160s; the 6th restart (03:06:10) reaches the limit, so the
// Job is FailureTarget at 03:06:11 (pod deleted) and Failed at 03:06:12 (BackoffLimitExceeded). With the default
// failedJobsHistoryLimit 1, the second night's failure deletes the first night's Job in the same sync, before
// SawCompletedJob; lastSuccessfulTime is never set.
export default {
  id: 'seeds2/s2-004-nightly-failing-history-limit-1',
  source: 'seed 004 nightly-backup + "backoffLimit default is 6"; job_controller.go pastBackoffLimitOnFailure; kubelet crash-loop back-off; cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob), removeOldestJobs; reference cronjob §2.7, job §3.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: nightly-failing
spec:
  duration: 2d
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-backup
spec:
  schedule: "0 3 * * *" # Run at 3:00 AM every day
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            jobsim/exit-codes: "1"
        spec:
          containers:
          - name: backup
            image: my-backup-tool:latest
            args: ["/bin/sh", "-c", "backup.sh"]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T03:00:00Z', 'SuccessfulCreate', 'Created job nightly-backup-29453940'],
      ['2026-01-01T03:06:12Z', 'SawCompletedJob', 'Saw completed job: nightly-backup-29453940, condition: Failed'],
      ['2026-01-02T03:00:00Z', 'SuccessfulCreate', 'Created job nightly-backup-29455380'],
      ['2026-01-02T03:06:12Z', 'SuccessfulDelete', 'Deleted job nightly-backup-29453940'],
      ['2026-01-02T03:06:12Z', 'SawCompletedJob', 'Saw completed job: nightly-backup-29455380, condition: Failed'],
    ], 'CronJob events');
    const j = h.job('nightly-backup-29455380');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.lastTransitionTime]), [
      ['FailureTarget', 'BackoffLimitExceeded', '2026-01-02T03:06:11Z'], ['Failed', 'BackoffLimitExceeded', '2026-01-02T03:06:12Z'],
    ], 'second night conditions');
    const [pod] = h.podsOf('nightly-backup-29455380');
    h.eq(h.events({ kind: 'Pod', name: pod.metadata.name, reason: 'Started' }).map((e) => e.firstTimestamp.slice(11, 19)), ['03:00:00', '03:00:10', '03:00:30', '03:01:00', '03:01:50', '03:03:20', '03:06:10'], 'container starts');
    const cj = h.cronjob('nightly-backup');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, cj.status.active], ['2026-01-02T03:00:00Z', undefined, undefined], 'CronJob status');
  },
};
