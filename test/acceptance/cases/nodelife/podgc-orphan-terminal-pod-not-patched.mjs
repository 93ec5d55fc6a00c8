// A Succeeded pod bound to a deleted node is force-deleted by the pod GC without the Failed patch
// (markFailedAndDeletePodWithCondition skips terminal pods): phase Succeeded, no DisruptionTarget.
export default {
  id: 'nodelife/podgc-orphan-terminal-pod-not-patched',
  source: 'podgc/gc_controller.go markFailedAndDeletePodWithCondition (phase != Succeeded && != Failed -> patch), gcOrphaned; gc_controller_test.go TestGCOrphaned',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 110s, deleteNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Succeeded', 160], 'force-deleted, still Succeeded');
    h.noCond(p, 'DisruptionTarget');
    const job = h.job('j');
    h.hasCond(job, 'Complete');
    h.eq([job.status.succeeded, job.status.failed ?? 0], [1, 0], 'counts unchanged');
  },
};
