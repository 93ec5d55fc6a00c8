// A CronJob's Job (slot 10m, pod of 1m) completes at 11m01s with ttlSecondsAfterFinished 600. Deleting the CronJob at 12m
// lets the garbage collector delete the Job at once, with background propagation (no finalizer, generation 1), long
// before its TTL; its Succeeded pod goes with grace 0 at 12m.
export default {
  id: 'deletion2/cronjob-deleted-collects-ttl-job-early',
  source: 'garbagecollector attemptToDeleteItem (dangling owner: Background); ttlafterfinished_controller.go (only an expired TTL deletes; a Job deleted meanwhile is skipped)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 30m
  timeline:
  - {at: 12m, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 600
      template:
        metadata: {annotations: {jobsim/duration: "1m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('cj-29453770');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 661, 'Complete at 11m01s');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.deletionGracePeriodSeconds, j.metadata.finalizers], [720, 1, undefined, undefined], 'collected in background at 12m');
    const p = h.podsOf('cj-29453770')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [720, 0], 'pod');
  },
};
