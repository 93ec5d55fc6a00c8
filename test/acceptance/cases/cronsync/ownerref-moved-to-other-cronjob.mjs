// A running Job whose controller ownerReference is patched from CronJob a to CronJob b: updateJob enqueues both,
// and from then on only b lists it (controllerRef name = b): b records UnexpectedJob, a does not any more. When it
// completes, it is history of b only: b's successfulJobsHistoryLimit 0 deletes it and b gets its completionTime as
// lastSuccessfulTime; a (limit 0 too) neither deletes it nor takes its completion at its 01:00 sync.
export default {
  id: 'cronsync/ownerref-moved-to-other-cronjob',
  source: 'cronjob_controllerv2.go updateJob (controllerRefChanged: enqueue the old controller, then the new), getJobsToBeReconciled (current controllerRef name), cleanupFinishedJobs, syncCronJob (UnexpectedJob; IsJobSucceeded -> LastSuccessfulTime)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 1h0m5s
  timeline:
  - {at: 30s, create: {apiVersion: batch/v1, kind: Job, metadata: {name: stray, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: a, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]}, spec: {template: {metadata: {annotations: {jobsim/duration: 2m}}, spec: {restartPolicy: Never, containers: [{name: c, image: busybox:1.36}]}}}}}
  - {at: 90s, patch: {kind: Job, name: stray, metadata: {ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: b, uid: 0aeb3b36-36cc-4eae-97b8-11ea75f9b4af, controller: true}]}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: a}
spec:
  schedule: "0 * * * *"
  successfulJobsHistoryLimit: 0
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: b}
spec:
  schedule: "0 * * * *"
  successfulJobsHistoryLimit: 0
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq([h.cronjob('a').metadata.uid, h.cronjob('b').metadata.uid], ['0a4f9774-99a1-4640-8a82-5b7c27d7da87', '0aeb3b36-36cc-4eae-97b8-11ea75f9b4af'], 'seeded CronJob uids (scenario precondition)');
    const stray = h.job('stray');
    h.hasCond(stray, 'Complete');
    const evA = h.events({ kind: 'CronJob', name: 'a' });
    const evB = h.events({ kind: 'CronJob', name: 'b' });
    h.assert(evA.some((e) => e.reason === 'UnexpectedJob'), 'a: UnexpectedJob before the move');
    h.eq(evA.filter((e) => h.sec(e.firstTimestamp) >= 90).map((e) => [e.firstTimestamp, e.reason, e.message]), [['2026-01-01T01:00:00Z', 'SuccessfulCreate', 'Created job a-29453820']], 'a: only its own 01:00 Job after the move (no UnexpectedJob, no delete of stray)');
    h.assert(evB.filter((e) => e.reason === 'UnexpectedJob').every((e) => h.sec(e.firstTimestamp) >= 90), 'b: UnexpectedJob only after the move');
    h.eq(h.sec(evB.find((e) => e.reason === 'UnexpectedJob')?.firstTimestamp), 90, 'b: UnexpectedJob at the move');
    h.eq(evB.filter((e) => e.reason === 'SuccessfulDelete').map((e) => [e.firstTimestamp, e.message]), [[stray.status.completionTime, 'Deleted job stray']], 'b deletes it as history');
    h.eq([h.cronjob('a').status.lastSuccessfulTime, h.cronjob('b').status.lastSuccessfulTime], [undefined, stray.status.completionTime], 'lastSuccessfulTime');
  },
};
