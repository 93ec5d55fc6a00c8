// A Job's pod is pinned to w-1, which stops answering at 10s. The Job is deleted at 30s: the garbage collector deletes the
// pod (grace 30), but nobody confirms the kill and it stays Terminating (phase Running). The Node is deleted at 2m; after
// the pod GC's 40s quarantine (pass at 2m, then 2m40s) the orphaned pod, not terminal, is patched to phase Failed with
// DisruptionTarget=True reason DeletionByPodGC, message "PodGC: node no longer exists", then force-deleted. Its
// container status is left as the kubelet last reported it (running): only the pod GC wrote.
export default {
  id: 'deletion2/node-deleted-under-terminating-orphan',
  source: 'pkg/controller/podgc/gc_controller.go gcOrphaned (quarantineTime 40s, gcCheckPeriod 20s), markFailedAndDeletePodWithCondition (phase Failed + DisruptionTarget DeletionByPodGC "PodGC: node no longer exists"; Delete grace 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 10m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 10s, nodeDown: w-1}
  - {at: 2m, deleteNode: w-1}
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Failed', 'marked Failed by the pod GC');
    const dt = (p.status.conditions ?? []).find((c) => c.type === 'DisruptionTarget');
    h.eq([dt?.status, dt?.reason, dt?.message, h.sec(dt?.lastTransitionTime)], ['True', 'DeletionByPodGC', 'PodGC: node no longer exists', 160], 'DisruptionTarget');
    h.assert(p.status.containerStatuses[0].state.running !== undefined, 'container status not rewritten');
    h.eq(p.metadata.finalizers, undefined, 'tracking finalizer removed');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).length, 0, 'no kubelet kill');
  },
};
