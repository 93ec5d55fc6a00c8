// A user deletes a CronJob's running Job (cj-29453770, slot 00:10) at 15m: the Job's delete event enqueues the CronJob
// at once; its sync GETs the active ref, NotFound: Normal MissingJob "Active job went missing: cj-29453770" at 15m, and
// the ref leaves status.active. The Job's pod is deleted by the garbage collector (grace 30s).
export default {
  id: 'deletion/cronjob-active-job-deleted-missingjob',
  source: 'cronjob_controllerv2.go deleteJob (enqueueController), syncCronJob (active ref not listed: GetJob NotFound -> MissingJob "Active job went missing: %v", DeleteFromActiveList); reference cronjob §2.6 b',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 18m
  timeline:
  - {at: 15m, delete: {kind: Job, name: cj-29453770}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "1h"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    h.eq(ev, [
      [600, 'Normal', 'SuccessfulCreate', 'Created job cj-29453770'],
      [900, 'Normal', 'MissingJob', 'Active job went missing: cj-29453770'],
    ], 'CronJob events');
    const cj = h.cronjob('cj');
    h.eq(cj.status.active ?? [], [], 'active emptied');
    h.eq(cj.status.lastScheduleTime, '2026-01-01T00:10:00Z', 'lastScheduleTime unchanged');
    const p = h.podsOf('cj-29453770')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [930, 30], 'pod deleted gracefully');
  },
};
