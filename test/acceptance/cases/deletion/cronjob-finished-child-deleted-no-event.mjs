// Deleting a CronJob's finished Job (not in status.active any more): the CronJob is synced but has nothing to report,
// no MissingJob; lastSuccessfulTime stays the deleted Job's completionTime (00:11:01).
export default {
  id: 'deletion/cronjob-finished-child-deleted-no-event',
  source: 'cronjob_controllerv2.go syncCronJob (MissingJob only for refs in status.active; lastSuccessfulTime only grows)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 15m
  timeline:
  - {at: 13m, delete: {kind: Job, name: cj-29453770}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "1m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[600, 'SuccessfulCreate'], [661, 'SawCompletedJob']], 'no MissingJob');
    const cj = h.cronjob('cj');
    h.eq(cj.status.lastSuccessfulTime, '2026-01-01T00:11:01Z', 'lastSuccessfulTime kept');
    const j = h.job('cj-29453770');
    h.eq(h.sec(j.metadata.deletionTimestamp), 780, 'Job deleted at 13m');
    h.eq(h.sec(h.podsOf('cj-29453770')[0].metadata.deletionTimestamp), 780, 'its Succeeded pod with grace 0');
  },
};
