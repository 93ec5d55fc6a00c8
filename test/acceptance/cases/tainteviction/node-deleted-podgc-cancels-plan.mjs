// The node is deleted long before the 300s eviction: the pod GC fails and force-deletes the pod (pass 200s saw
// the node gone, quarantine 40s -> 240s); the Job controller removes its finalizer in the sync 1s later and the pod
// disappears: the taint manager notices the deletion and cancels the live work with "Cancelling deletion". No
// "Marking" event ever.
export default {
  id: 'tainteviction/node-deleted-podgc-cancels-plan',
  source: 'taint_eviction.go handlePodUpdate (NotFound -> cancelWorkWithEvent), emitCancelPodDeletionEvent; podgc gc_controller.go gcOrphaned/markFailedAndDeletePodWithCondition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 185s, deleteNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const n = p.metadata.name;
    h.eq(h.events({ reason: 'TaintManagerEviction', name: n }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[241, `Cancelling deletion of Pod default/${n}`]], 'cancelled when the pod is gone');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['PodGC: node no longer exists', 240], 'pod GC condition');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds ?? 0], ['Failed', 240, 0], 'force-deleted');
    h.eq(h.job('j').status.failed, 1, 'counted');
  },
};
