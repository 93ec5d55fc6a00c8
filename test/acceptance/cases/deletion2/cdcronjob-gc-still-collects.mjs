// controllerDown: cronjob (6m-26m) stops only the CronJob controller. The CronJob (*/5) is deleted at 12m: its running Job
// (slot 5m) is collected by the garbage collector at once (12m, background) and the pod with grace 30 (12m30s), killed at
// 12m. No Job is created for the 10m slot (controller down) nor later (the CronJob is gone when it returns).
export default {
  id: 'deletion2/cdcronjob-gc-still-collects',
  source: 'garbagecollector (independent of the CronJob controller); cronjob_controllerv2.go sync (CronJob not found: return); CONTRACT §2 controllerDown',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 30m
  faults:
  - {at: 6m, controllerDown: cronjob, for: 20m}
  timeline:
  - {at: 12m, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "1h"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(r.counts.Job, 1, 'one Job (slot 5m)');
    const j = h.job('cj-29453765');
    h.eq(h.sec(j.metadata.deletionTimestamp), 720, 'Job collected at 12m');
    const p = h.podsOf('cj-29453765')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, h.exitCodeOf(p)], [750, 30, 143], 'pod');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [720], 'Killing');
  },
};
