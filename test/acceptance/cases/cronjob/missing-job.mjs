// An active Job that disappears while the CronJob controller is down (TTL 0 deletes it at completion): on restart
// the active ref has no Job, a GET says NotFound, Normal MissingJob "Active job went missing: <name>", it leaves
// status.active, and lastSuccessfulTime is not set (the controller never saw it complete).
export default {
  id: 'cronjob/missing-job',
  source: 'reference cronjob-and-friends §2.6 b (MissingJob "Active job went missing: <name>"), §4 last bullet',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 19m
  faults:
  - { at: 11m, controllerDown: cronjob, for: 4m }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: mj
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 0
      template:
        metadata:
          annotations: {jobsim/duration: "2m"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('mj-29453770');
    h.assert(j.metadata.deletionTimestamp !== undefined, 'Job deleted by TTL during the outage');
    h.assert(h.sec(j.metadata.deletionTimestamp) < 900, 'deleted before the restart');
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    h.eq(ev, [
      [600, 'Normal', 'SuccessfulCreate', 'Created job mj-29453770'],
      [900, 'Normal', 'MissingJob', 'Active job went missing: mj-29453770'],
    ], 'MissingJob at the restart, no SawCompletedJob');
    const cj = h.cronjob('mj');
    h.eq(cj.status.active ?? [], [], 'active emptied');
    h.assert(cj.status.lastSuccessfulTime === undefined, 'lastSuccessfulTime never set');
    h.eq(cj.status.lastScheduleTime, '2026-01-01T00:10:00Z', 'lastScheduleTime');
  },
};
