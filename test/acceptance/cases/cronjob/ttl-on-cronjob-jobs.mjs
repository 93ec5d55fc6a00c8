// A TTL in the jobTemplate deletes each finished Job; the CronJob already removed it from active at completion,
// so there is no MissingJob, and history cleanup has nothing left to delete.
export default {
  id: 'cronjob/ttl-on-cronjob-jobs',
  source: 'reference cronjob-and-friends §4 (TTL and history limits act independently), §2.6 a/b',
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
  name: tt
spec:
  schedule: "*/10 * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 120
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('tt');
    h.eq(jobs.length, 5, 'five Jobs');
    for (const j of jobs) h.eq(h.sec(j.metadata.deletionTimestamp), h.sec(h.cond(j, 'Complete').lastTransitionTime) + 120, `${j.metadata.name} deleted by TTL`);
    h.eq(h.events({ kind: 'CronJob', reason: 'MissingJob' }).length, 0, 'no MissingJob');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).length, 0, 'TTL removes each Job before a second one completes');
  },
};
