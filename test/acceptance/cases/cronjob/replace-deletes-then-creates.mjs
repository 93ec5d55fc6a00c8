// Replace: at the next slot the running Job is deleted (background) with SuccessfulDelete "Deleted job <name>",
// then the new Job is created in the same sync; the old Job's pod is deleted by the garbage collector.
export default {
  id: 'cronjob/replace-deletes-then-creates',
  source: 'reference cronjob-and-friends §2.6 k (SuccessfulDelete before create, Background propagation); cronjob_controllerv2.go deleteJob',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 2h30m
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: rp
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "90m"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [3600, 'SuccessfulCreate', 'Created job rp-29453820'],
      [7200, 'SuccessfulDelete', 'Deleted job rp-29453820'],
      [7200, 'SuccessfulCreate', 'Created job rp-29453880'],
    ], 'CronJob events');
    const cj = h.cronjob('rp');
    h.eq((cj.status.active ?? []).map((a) => a.name), ['rp-29453880'], 'active: only the new Job');
    h.eq(cj.status.lastScheduleTime, '2026-01-01T02:00:00Z', 'lastScheduleTime');
    const oldPods = h.podsOf('rp-29453820');
    h.eq(oldPods.length, 1, 'old Job had one pod');
    h.assert(oldPods[0].metadata.deletionTimestamp !== undefined, 'old pod deleted by the GC after its Job went');
    h.eq(h.sec(oldPods[0].metadata.deletionTimestamp), 7200 + 30, 'pod deletionTimestamp = request + 30s grace');
    h.assert(cj.status.lastSuccessfulTime === undefined, 'nothing succeeded');
  },
};
