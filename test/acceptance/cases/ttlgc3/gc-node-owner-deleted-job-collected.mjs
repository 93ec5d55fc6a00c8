// A Job may name a cluster-scoped owner: here the Node node-1 (seeded uid). Its pod runs on node-2. When node-1 is
// deleted (deleteNode, 30s) the Job's only owner is gone: the garbage collector deletes it (background, no finalizer:
// removed at once, generation 1) and then its running pod (grace 30: deletionTimestamp 60s), which node-2's kubelet
// kills at 30s (exit 143).
export default {
  id: 'ttlgc3/gc-node-owner-deleted-job-collected',
  source: 'pkg/controller/garbagecollector/graph_builder.go addDependentToOwners ("cluster-scoped owners can be referenced as an owner from any namespace"), processGraphChanges (deleteEvent: dependents to attemptToDelete); garbagecollector.go isDangling (namespaced=false: GET the Node cluster-wide), attemptToDeleteItem (Background); pod strategy CheckGracefulDelete (grace 30)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
  faults:
  - {at: 30s, deleteNode: node-1}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: j
  ownerReferences: [{apiVersion: v1, kind: Node, name: node-1, uid: b85b5d26-cc32-442c-b440-adb92aff68e1}]
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-2}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.get('Node', 'node-1', undefined).metadata.uid, 'b85b5d26-cc32-442c-b440-adb92aff68e1', 'seeded uid of node-1 (scenario premise)');
    const j = h.job('j');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers], [30, 1, undefined], 'Job collected at 30s (background)');
    const [p] = h.podsOf('j');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([p.spec.nodeName, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase, t.exitCode, h.sec(t.finishedAt)], ['node-2', 60, 30, 'Failed', 143, 30], 'pod deleted by the GC, killed at 30s');
    h.eq(h.events({ reason: 'Completed' }).length, 0, 'never completes');
  },
};
