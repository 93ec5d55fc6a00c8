// A CronJob (every minute, successfulJobsHistoryLimit 1) whose Jobs have ttlSecondsAfterFinished 5 and pods with a user
// finalizer: each Job is deleted by the TTL controller at completion + 5s (foreground) and held by its pod. The held
// Jobs still count as successful history: when cj-29453762 completes (02:11), cleanupFinishedJobs (run before
// syncCronJob) deletes cj-29453761 with background propagation, which drops foregroundDeletion and removes it
// (SuccessfulDelete "Deleted job cj-29453761", then SawCompletedJob). The newest Job stays held in foreground deletion.
export default {
  id: 'ttlgc/cronjob-history-deletes-held-ttl-job',
  source: 'cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob), removeOldestJobs/deleteJob (DeletePropagationBackground, SuccessfulDelete "Deleted job %v"); registry store.go deletionFinalizersForGarbageCollection',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 200s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 5
      template:
        metadata: {finalizers: [example.com/hold]}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const js = ['cj-29453761', 'cj-29453762', 'cj-29453763'].map((n) => h.job(n));
    h.eq(js.map((j) => h.sec(j.metadata.deletionTimestamp)), [76, 136, 196], 'TTL deletions at completion + 5s');
    h.eq(js.map((j) => j.metadata.finalizers ?? null), [null, null, ['foregroundDeletion']], 'the older two removed by history clean-up, the newest held');
    const ev = h.events({ kind: 'CronJob' }).filter((e) => h.sec(e.firstTimestamp) === 131).map((e) => [e.reason, e.message]);
    h.eq(ev, [['SuccessfulDelete', 'Deleted job cj-29453761'], ['SawCompletedJob', 'Saw completed job: cj-29453762, condition: Complete']], 'clean-up first, then the sync');
  },
};
