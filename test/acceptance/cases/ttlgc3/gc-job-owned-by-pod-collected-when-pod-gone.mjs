// Job w's owner is the running pod of Job d (ownerReference kind Pod, seeded uid). kubectl delete job d (background) at
// 20s: d goes at once; its pod is deleted by the garbage collector (grace 30) and, ignoring SIGTERM, is killed only at
// 50s. Meanwhile the pod still exists (not waiting for dependents: no foregroundDeletion), so it is a solid owner and w
// runs on; when the pod is removed at 50s, w's only owner is gone and w is collected (background), its pod deleted
// (grace 30: deletionTimestamp 80s) and killed at 50s.
export default {
  id: 'ttlgc3/gc-job-owned-by-pod-collected-when-pod-gone',
  source: 'garbagecollector.go attemptToDeleteItem (owner still present and not deletingDependents -> solid: nothing; owner gone -> dangling -> Background), graph_builder.go processGraphChanges (deleteEvent: dependents to attemptToDelete); registry/core/pod/strategy.go CheckGracefulDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m
  timeline:
  - at: 5s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: w
        ownerReferences: [{apiVersion: v1, kind: Pod, name: d-bn7wn, uid: 0aeb3b36-36cc-4eae-97b8-11ea75f9b4af, blockOwnerDeletion: true}]
      spec:
        template:
          metadata: {annotations: {jobsim/duration: 5m}}
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
  - {at: 20s, delete: {kind: Job, name: d}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: d}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const dp = h.get('Pod', 'd-bn7wn');
    h.eq(dp.metadata.uid, '0aeb3b36-36cc-4eae-97b8-11ea75f9b4af', 'seeded uid of the driver pod (scenario premise)');
    h.eq(h.sec(h.job('d').metadata.deletionTimestamp), 20, 'd deleted at 20s');
    const dt = dp.status.containerStatuses[0].state.terminated;
    h.eq([h.sec(dp.metadata.deletionTimestamp), dt.exitCode, h.sec(dt.finishedAt)], [50, 137, 50], 'driver pod SIGKILLed at 50s');
    const w = h.job('w');
    h.eq([h.sec(w.metadata.deletionTimestamp), w.metadata.generation], [50, 1], 'w collected (background) when its owner pod is gone');
    const [wp] = h.podsOf('w');
    const t = wp.status.containerStatuses[0].state.terminated;
    h.eq([h.sec(wp.metadata.deletionTimestamp), t.exitCode, h.sec(t.finishedAt)], [80, 143, 50], 'w\'s pod deleted (grace 30) and killed at 50s');
  },
};
