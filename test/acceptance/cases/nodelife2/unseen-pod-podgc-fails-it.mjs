// Contrast with the kubelet-return cases: a pod bound at 40s to w-1, silent since 30s, with an
// "Equal, value empty" toleration of unreachable:NoExecute for 20s (it matches the value-less taint):
// evicted at taint (85s) + 20s = 105s. The Node is deleted at 125s; the pod GC first sees the orphan at
// 140s and at 180s marks it Failed (DisruptionTarget replaced by DeletionByPodGC, transition time kept)
// and force-deletes it. Ignore applies; the replacement (back-off from deletionTimestamp - grace =
// 105s) is created at 181s on w-2 and the Job completes at 242s.
export default {
  id: 'nodelife2/unseen-pod-podgc-fails-it',
  source: 'v1helper ToleratesTaint (Equal with empty value matches a taint without value); taint_eviction.go processPodOnNode; gc_controller.go gcOrphaned + markFailedAndDeletePodWithCondition; gc_controller_test.go TestGCOrphaned; job_controller.go getFinishTimeFromDeletionTimestamp',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: w-1 }
  - { at: 125s, deleteNode: w-1 }
  timeline:
  - at: 40s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: j }
      spec:
        podFailurePolicy:
          rules:
          - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
        template:
          metadata: { annotations: { jobsim/duration: "1m" } }
          spec:
            containers: [{ name: c, image: busybox:1.36 }]
            affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [w-1] }] } }] } }
            tolerations: [{ key: node.kubernetes.io/unreachable, operator: Equal, value: "", effect: NoExecute, tolerationSeconds: 20 }]
            restartPolicy: Never
`,
  check(r, h) {
    const [a, b] = h.podsOf('j');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => h.sec(e.firstTimestamp)), [80], 'Unknown');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp)), [105], 'evicted taint + 20s');
    const dt = h.hasCond(a, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([a.status.phase, h.sec(dt.lastTransitionTime)], ['Failed', 105], 'failed by the pod GC');
    h.eq([b.spec.nodeName, h.sec(b.metadata.creationTimestamp)], ['w-2', 181], 'replacement');
    const j = h.job('j');
    h.eq([j.status.failed ?? 0, j.status.succeeded, h.sec(j.status.completionTime)], [0, 1, 242], 'job');
  },
};
