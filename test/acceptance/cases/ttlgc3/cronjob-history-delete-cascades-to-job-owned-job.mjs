// CronJob cj (every minute, successfulJobsHistoryLimit 1, Jobs of 10s). Job w, created at 1m30s, names the finished
// cj-29453761 (seeded uid) as its owner (blockOwnerDeletion) and runs a 5m pod. When cj-29453762 completes (2m11s) the
// history clean-up deletes cj-29453761 with background propagation (SuccessfulDelete): it goes at once, so w's only owner
// is gone and the garbage collector deletes w (background) and then w's running pod (grace 30), killed at 2m11s.
export default {
  id: 'ttlgc3/cronjob-history-delete-cascades-to-job-owned-job',
  source: 'cronjob_controllerv2.go cleanupFinishedJobs/removeOldestJobs -> deleteJob (PropagationPolicy Background, SuccessfulDelete "Deleted job %v"); garbagecollector.go attemptToDeleteItem (owner gone -> Background); pod strategy CheckGracefulDelete (grace 30)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 150s
  timeline:
  - at: 90s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: w
        ownerReferences: [{apiVersion: batch/v1, kind: Job, name: cj-29453761, uid: 0aeb3b36-36cc-4eae-97b8-11ea75f9b4af, blockOwnerDeletion: true}]
      spec:
        template:
          metadata: {annotations: {jobsim/duration: 5m}}
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const j1 = h.job('cj-29453761');
    h.eq(j1.metadata.uid, '0aeb3b36-36cc-4eae-97b8-11ea75f9b4af', 'seeded uid of cj-29453761 (scenario premise)');
    h.eq([h.sec(j1.metadata.deletionTimestamp), j1.metadata.generation, j1.metadata.finalizers], [131, 1, undefined], 'history Job deleted at 2m11s (background)');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[131, 'Deleted job cj-29453761']], 'CronJob SuccessfulDelete');
    const w = h.job('w');
    h.eq([h.sec(w.metadata.deletionTimestamp), w.metadata.generation], [131, 1], 'w collected at 2m11s');
    const [wp] = h.podsOf('w');
    const t = wp.status.containerStatuses[0].state.terminated;
    h.eq([h.sec(wp.metadata.deletionTimestamp), t.exitCode, h.sec(t.finishedAt)], [161, 143, 131], 'w\'s pod deleted (grace 30) and killed');
  },
};
