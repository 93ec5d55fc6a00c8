// The node (and its kubelet) is deleted at 30s while the pod runs, before the 50s node grace period: the node
// controller never marks the pod NotReady and no kubelet ever writes its status again. The pod GC fails and
// force-deletes it (80s: pass at 40s + 40s quarantine) by applying only phase Failed and DisruptionTarget
// (appended after the kubelet's conditions): the kubelet-owned part stays as last written, Ready/ContainersReady
// True since 0s and the container running and ready, in a Failed pod.
export default {
  id: 'kubestatus/orphaned-pod-gc-status-frozen',
  source: 'pkg/controller/podgc/gc_controller.go markFailedAndDeletePodWithCondition (ApplyStatus with only Phase Failed + DisruptionTarget DeletionByPodGC "PodGC: node no longer exists"; "the pod would remain in the Running phase forever as there is no kubelet"); gcOrphaned (quarantine)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, deleteNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(p.status.conditions.map((c) => [c.type, c.status, c.reason ?? null, h.sec(c.lastTransitionTime)]), [
      ['PodReadyToStartContainers', 'True', null, 0], ['Initialized', 'True', null, 0], ['Ready', 'True', null, 0], ['ContainersReady', 'True', null, 0], ['PodScheduled', 'True', null, 0],
      ['DisruptionTarget', 'True', 'DeletionByPodGC', 80],
    ], 'conditions');
    const c = p.status.containerStatuses[0];
    h.eq([c.ready, c.started, c.restartCount, c.state], [true, true, 0, { running: { startedAt: '2026-01-01T00:00:00Z' } }], 'container as last reported');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [80, 0], 'force-deleted');
  },
};
