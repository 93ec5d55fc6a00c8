// A suspended CronJob run by hand (kubectl create job --from=cronjob/cj: a controller ownerReference to the CronJob and
// the cronjob.kubernetes.io/instantiate: manual annotation). The Job reconciliation comes before the suspend check, so
// even while suspended the running manual Job is reported (Warning UnexpectedJob: it is not in status.active) and,
// once Complete, it sets lastSuccessfulTime (no SawCompletedJob: it was never active). The CronJob itself creates
// nothing and lastScheduleTime stays unset.
export default {
  id: 'cronrows/suspended-manual-run-unexpected-sets-last-successful',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (job loop: !found && !finished -> UnexpectedJob; IsJobSucceeded -> LastSuccessfulTime; then the suspend check); cronjob_controllerv2_test.go TestControllerV2SyncCronJob "never ran, is time, suspended" (no create); kubectl create job --from (controller ownerReference, instantiate: manual)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 30m
  timeline:
  - at: 10m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: cj-manual-1
        annotations: {cronjob.kubernetes.io/instantiate: manual}
        ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]
      spec:
        template:
          metadata: {annotations: {jobsim/duration: 2m}}
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  suspend: true
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(cj.metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'CronJob uid (the ownerReference names it)');
    const manual = h.job('cj-manual-1');
    const done = h.hasCond(manual, 'Complete');
    const ev = h.events({ kind: 'CronJob' });
    h.assert(ev.length >= 1 && ev.every((e) => e.type === 'Warning' && e.reason === 'UnexpectedJob' && e.message === 'Saw a job that the controller did not create or forgot: cj-manual-1' && e.firstTimestamp <= done.lastTransitionTime),
      `only UnexpectedJob while it runs: ${JSON.stringify(ev.map((e) => [e.firstTimestamp, e.reason]))}`);
    h.eq(ev[0].firstTimestamp, '2026-01-01T00:10:00Z', 'reported when it appears');
    h.eq([cj.status.lastSuccessfulTime, cj.status.lastScheduleTime, cj.status.active], [manual.status.completionTime, undefined, undefined], 'lastSuccessfulTime from the manual Job');
    h.eq(h.of('Job').length, 1, 'the suspended CronJob creates no Job');
  },
};
