// backoffLimit 0, ttlSecondsAfterFinished 10, pod pinned to w-1 (runs 1h). w-1's Node is deleted at 30s: pod GC
// quarantine from the 40s pass, at 80s the pod is marked Failed (DisruptionTarget DeletionByPodGC) and force-deleted;
// the Job controller's batched sync at 81s counts it (failed 1 > 0): FailureTarget and Failed (BackoffLimitExceeded) at
// 81s; the TTL deletes the Job at 91s.
export default {
  id: 'ttlgc/podgc-deleted-node-fails-job-then-ttl',
  source: 'podgc gc_controller.go gcOrphaned (quarantineTime 40s, gcCheckPeriod 20s), markFailedAndDeletePodWithCondition; job_controller.go backoffLimit; ttlafterfinished timeLeft',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
  - {at: 30s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  ttlSecondsAfterFinished: 10
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p] = h.podsOf('j');
    h.eq([p.status.phase, h.sec(h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC').lastTransitionTime), h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['Failed', 80, 80, 0], 'pod GC at 80s');
    const j = h.job('j');
    h.eq([h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), j.status.failed], [81, 1], 'Failed at 81s');
    h.eq(h.sec(j.metadata.deletionTimestamp), 91, 'TTL at 91s');
    h.eq(h.podsOf('j').length, 1, 'no replacement');
  },
};
