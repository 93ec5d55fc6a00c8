// Two CronJobs (every minute, successfulJobsHistoryLimit 1, Jobs Complete 11s after their slot). a's Jobs have TTL 59:
// the 00:01 Job expires at 130s, one second before the next completion, and is deleted by the TTL controller (foreground,
// generation 2); the history clean-up at 131s finds one success only: no SuccessfulDelete. b's Jobs have TTL 61: the
// clean-up at 131s deletes the 00:01 Job first (background, generation 1, SuccessfulDelete), 1s before its TTL.
export default {
  id: 'ttl2/cronjob-ttl-one-second-before-history',
  source: 'ttlafterfinished_controller.go timeLeft (Complete + TTL); cronjob_controllerv2.go cleanupFinishedJobs/removeOldestJobs (SuccessfulJobsHistoryLimit), deleteJob (background)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 200s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: a}
spec:
  schedule: "* * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 59
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: b}
spec:
  schedule: "* * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 61
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const d = (n) => { const j = h.job(n); return [h.sec(j.metadata.deletionTimestamp), j.metadata.generation]; };
    h.eq([d('a-29453761'), d('a-29453762'), d('a-29453763')], [[130, 2], [190, 2], [undefined, 1]], 'a: TTL first');
    h.eq([d('b-29453761'), d('b-29453762'), d('b-29453763')], [[131, 1], [191, 1], [undefined, 1]], 'b: history first');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp), e.message]), [['b', 131, 'Deleted job b-29453761'], ['b', 191, 'Deleted job b-29453762']], 'only b deletes history');
  },
};
