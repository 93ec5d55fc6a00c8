// w-1 is silent for good from 1m; its pod is evicted (counted failed) and replaced on w-2, which
// succeeds: SuccessCriteriaMet at once, Complete held back by the evicted pod Terminating on w-1. The
// Node is deleted at 605s: RemovingNode at the next monitor pass (610s), the pod GC sees the orphan at its
// 620s pass and at 660s marks it Failed (DisruptionTarget now DeletionByPodGC, its transition time kept
// from the taint manager's condition) and force-deletes it; the Job is Complete at 661s, counters unchanged.
export default {
  id: 'nodelife2/podgc-releases-complete',
  source: 'gc_controller_test.go TestGCOrphaned (quarantine 40s); gc_controller.go markFailedAndDeletePodWithCondition (apipod.UpdatePodCondition keeps lastTransitionTime when status is unchanged); job_controller.go terminal condition once terminating == 0; node_lifecycle_controller.go RemovingNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 605s, deleteNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "2m" } }
    spec:
      affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [w-1] }] } }] } }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    const [a, b] = h.podsOf('j');
    const dt = h.hasCond(a, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([dt.message, h.sec(dt.lastTransitionTime), a.status.phase], ['PodGC: node no longer exists', u + 305, 'Failed'], 'orphan failed by the pod GC');
    h.eq(h.events({ reason: 'RemovingNode' }).map((e) => h.sec(e.firstTimestamp)), [610], 'RemovingNode');
    h.eq(b.status.phase, 'Succeeded', 'replacement');
    const j = h.job('j');
    h.eq(h.sec(h.hasCond(j, 'SuccessCriteriaMet').lastTransitionTime), u + 306 + 121, 'SuccessCriteriaMet');
    h.eq([h.sec(h.hasCond(j, 'Complete').lastTransitionTime), j.status.succeeded, j.status.failed, j.status.terminating], [661, 1, 1, 0], 'Complete after the pod GC');
  },
};
