// A CronJob (*/10, Jobs of 1h) deleted at 16m during a controller-manager outage (15m-20m). The CronJob has no
// finalizer: it is removed at 16m. Its running Job cj-29453770 and pod wait for the garbage collector, which comes back
// at 20m: the Job is deleted then (background) and its pod with grace 30 (deletionTimestamp 20m30s); the kubelet kills
// it at 20m (Killing, exit 143, finishedAt 20m). The 20m slot is never started (the CronJob is gone).
export default {
  id: 'deletion2/cdall-cronjob-deleted-during-outage',
  source: 'garbagecollector (stopped with kube-controller-manager; on start the graph builder lists every object, attemptToDeleteItem on dependents of absent owners); cronjob_controllerv2.go sync (CronJob not found: nothing); pod strategy CheckGracefulDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 25m
  faults:
  - {at: 15m, controllerDown: all, for: 5m}
  timeline:
  - {at: 16m, delete: {kind: CronJob, name: cj}}
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
    h.eq(h.sec(h.cronjob('cj').metadata.deletionTimestamp), 960, 'CronJob removed at 16m');
    const j = h.job('cj-29453770');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [1200, 1], 'Job collected at 20m');
    const p = h.podsOf('cj-29453770')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase], [1230, 30, 'Failed'], 'pod');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [143, 'Error', 1200], 'killed at 20m');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [1200], 'Killing at 20m');
    h.eq(r.counts.Job, 1, 'no Job for the 20m slot');
  },
};
