// The pod is pinned to w-1, which stops answering at 10s. activeDeadlineSeconds 30: FailureTarget (DeadlineExceeded)
// at 30s, the Job controller deletes the pod (grace 30) but nobody confirms it, so Failed waits. w-1's Node is deleted
// at 60s: the pod GC's pass at 60s quarantines it, the 100s pass marks the pod Failed with DisruptionTarget
// DeletionByPodGC and force-deletes it; the Job controller's batched sync writes Failed at 101s, and
// ttlSecondsAfterFinished 0 deletes the Job in that second.
export default {
  id: 'ttlgc/ttl-stuck-failuretarget-released-by-podgc',
  source: 'podgc gc_controller.go gcOrphaned/markFailedAndDeletePodWithCondition; job_controller.go (Failed only once no pod is terminating); ttlafterfinished_controller.go jobFinishTime (Failed, not FailureTarget)',
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
  - {at: 10s, nodeDown: w-1}
  - {at: 60s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  ttlSecondsAfterFinished: 0
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(h.sec(h.hasCond(j, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 30, 'FailureTarget at 30s');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'DeadlineExceeded').lastTransitionTime), 101, 'Failed after the pod GC');
    h.eq(h.sec(j.metadata.deletionTimestamp), 101, 'TTL 0 from Failed');
    const [p] = h.podsOf('j');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([h.sec(dt.lastTransitionTime), dt.message, p.status.phase], [100, 'PodGC: node no longer exists', 'Failed'], 'pod GC at 100s');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [60, 30], 'the Job controller\'s graceful deletion is what the last state shows');
    h.eq(h.events({ reason: 'DeadlineExceeded' }).map((e) => h.sec(e.firstTimestamp)), [101], 'event with the final condition');
  },
};
