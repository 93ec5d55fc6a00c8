// TTL (900s) longer than the time to the next completion, with successfulJobsHistoryLimit 1: the history cleanup
// deletes each older Job at the next completion (background propagation: no foreground markAsDeleting, so no
// deletionGracePeriodSeconds on the Job), 10 minutes before its TTL would have expired; the TTL never acts.
export default {
  id: 'croninterplay/ttl-longer-than-interval-history-wins',
  source: 'reference cronjob-and-friends §4 (TTL and history limits act independently; whichever comes first); cronjob injection.go DeleteJob (Background); ttlafterfinished processJob (Foreground)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 35m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 900
      template:
        metadata: {annotations: {jobsim/duration: "1m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, h.sec(j.metadata.deletionTimestamp), j.metadata.deletionGracePeriodSeconds, j.metadata.generation]), [
      ['cj-29453770', 1261, undefined, 1],
      ['cj-29453780', 1861, undefined, 1],
      ['cj-29453790', undefined, undefined, 1],
    ], 'Jobs deleted by the history cleanup, in background');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [
      [1261, 'Deleted job cj-29453770'],
      [1861, 'Deleted job cj-29453780'],
    ], 'SuccessfulDelete');
  },
};
