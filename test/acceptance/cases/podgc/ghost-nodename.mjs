// A Job created at 5s pins its pod to spec.nodeName: ghost, a node that never existed. No kubelet ever runs it;
// upstream the pod GC's pass at 20s quarantines the name "ghost" for 40s and the pass at 60s marks the pod Failed
// (DisruptionTarget DeletionByPodGC, "PodGC: node no longer exists") and force-deletes it.
export default {
  id: 'podgc/ghost-nodename',
  source: 'pkg/controller/podgc/gc_controller.go gcOrphaned (pod.Spec.NodeName != "" && !existingNodeNames.Has -> nodeQueue.AddAfter(quarantineTime)), discoverDeletedNodes, markFailedAndDeletePodWithCondition; gc_controller_test.go TestGCOrphaned "deletes pod bound to non-existing node"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p2}
spec:
  duration: 90s
  timeline:
  - at: 5s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: g}
      spec:
        backoffLimit: 0
        template:
          spec:
            nodeName: ghost
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
`,
  check(r, h) {
    const [p, ...rest] = h.podsOf('g');
    h.eq(rest.length, 0, 'backoffLimit 0: no replacement');
    h.eq([p.spec.nodeName, p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['ghost', 'Failed', 60, 0], 'GC-ed at the 60s pass');
    h.eq((p.status.conditions ?? []).map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['DisruptionTarget', 'True', 'DeletionByPodGC', 'PodGC: node no longer exists', 60]], 'the only condition');
    const job = h.job('g');
    h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq(job.status.failed, 1, 'failed');
  },
};
