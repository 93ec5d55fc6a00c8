// concurrencyPolicy Forbid, every minute, ttlSecondsAfterFinished 0, pods with a user finalizer: each Job is deleted by the
// TTL controller when it completes and stays held in foreground deletion, but it left status.active at completion
// (SawCompletedJob), so no slot is blocked: 5 Jobs in 5m30s. The held Jobs still count as successful history (limit 3):
// the 4th and 5th completions delete the oldest (SuccessfulDelete, background: foregroundDeletion dropped, gone).
export default {
  id: 'ttl2/cronjob-forbid-held-jobs-not-active',
  source: 'cronjob_controllerv2.go syncCronJob (found && IsJobFinished -> deleteFromActiveList, SawCompletedJob; Forbid checks len(Active)), cleanupFinishedJobs (no deletionTimestamp filter); registry store.go deletionFinalizersForGarbageCollection',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 330s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 0
      template:
        metadata: {finalizers: [example.com/hold]}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const js = h.jobsOf('cj');
    h.eq(js.map((j) => j.metadata.name), ['cj-29453761', 'cj-29453762', 'cj-29453763', 'cj-29453764', 'cj-29453765'], 'no slot blocked');
    h.eq(js.map((j) => h.sec(j.metadata.deletionTimestamp)), [71, 131, 191, 251, 311], 'TTL deletion at each completion');
    h.eq(js.map((j) => j.metadata.finalizers ?? null), [null, null, ['foregroundDeletion'], ['foregroundDeletion'], ['foregroundDeletion']], 'two removed by history, three held');
    h.eq(h.events({ reason: 'SuccessfulDelete', kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[251, 'Deleted job cj-29453761'], [311, 'Deleted job cj-29453762']], 'history deletions');
    h.eq(h.events({ reason: 'JobAlreadyActive' }).length, 0, 'never blocked');
  },
};
