// Job w's owner is the running pod of Job d (seeded uid), pinned to node-1; w's own pod runs on node-2. node-1 is
// deleted at 30s. The pod GC's 40s pass quarantines it, the 80s pass marks d's pod Failed (DisruptionTarget
// DeletionByPodGC) and force-deletes it; the Job controller counts it failed and removes its tracking finalizer in its
// batched sync (81s), so the pod is gone at 81s, and with it w's only owner: the garbage collector deletes w (background)
// and w's pod (grace 30), killed at 81s. d creates a replacement 10s after the failure (90s).
export default {
  id: 'ttlgc3/gc-pod-owner-failed-by-podgc-collects-job',
  source: 'podgc gc_controller.go gcOrphaned/markFailedAndDeletePodWithCondition; job_controller.go deletePod -> enqueueSyncJobBatched, trackJobStatusAndRemoveFinalizers (isPodFailed), backoff_utils.go (10s); garbagecollector.go attemptToDeleteItem (owner gone -> Background), graph_builder.go processGraphChanges (deleteEvent: dependents to attemptToDelete)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m
  faults:
  - {at: 30s, deleteNode: node-1}
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
            nodeSelector: {kubernetes.io/hostname: node-2}
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: d}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const dp = h.get('Pod', 'd-bn7wn');
    h.eq(dp.metadata.uid, '0aeb3b36-36cc-4eae-97b8-11ea75f9b4af', 'seeded uid of the driver pod (scenario premise)');
    const dt = (dp.status.conditions ?? []).find((c) => c.type === 'DisruptionTarget');
    h.eq([dp.status.phase, dt && dt.reason, h.sec(dt && dt.lastTransitionTime)], ['Failed', 'DeletionByPodGC', 80], 'driver pod failed by the pod GC at 80s');
    const w = h.job('w');
    h.eq([h.sec(w.metadata.deletionTimestamp), w.metadata.generation], [81, 1], 'w collected when the driver pod is gone (81s)');
    const [wp] = h.podsOf('w');
    const t = wp.status.containerStatuses[0].state.terminated;
    h.eq([h.sec(wp.metadata.deletionTimestamp), t.exitCode, h.sec(t.finishedAt)], [111, 143, 81], 'w\'s pod deleted (grace 30), killed at 81s');
    const d = h.job('d');
    h.eq(d.status.failed, 1, 'd counted the failure');
    h.eq(h.events({ reason: 'SuccessfulCreate', name: 'd' }).map((e) => h.sec(e.firstTimestamp)), [0, 90], 'replacement 10s after the failure');
  },
};
