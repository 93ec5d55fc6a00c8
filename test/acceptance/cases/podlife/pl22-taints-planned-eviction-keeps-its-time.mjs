// Taints and Tolerations, "Taint based Evictions": a pod tolerating a taint "with a specified tolerationSeconds
// remain[s] bound for the specified amount of time". Here the pod tolerates its pool's key1=value1:NoExecute taint for
// 600s, so its eviction is planned at binding (0s) for 600s. Its node dies at 10s; the unreachable NoExecute taint
// comes at 65s and the pod tolerates it only 300s (the DefaultTolerationSeconds default). The taint-eviction
// controller re-plans from the existing plan's creation time: 0 + min(600, 300) = 300s is before now + 300 = 365s, so
// it keeps the existing plan, and the pod is evicted at 600s, not at 365s (nor at 300s).
export default {
  id: 'podlife/pl22-taints-planned-eviction-keeps-its-time',
  source: 'website content/en/docs/concepts/scheduling-eviction/taint-and-toleration.md "Taint based Evictions"; pkg/controller/tainteviction/taint_eviction.go processPodOnNode (scheduledEviction != nil: startTime = CreatedAt; if startTime+minTolerationTime before triggerTime: return, keeping the existing work), getMinTolerationTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: keep}
spec:
  duration: 20m
  cluster:
    nodePools:
    - name: w
      count: 2
      capacity: {cpu: "2", memory: 8Gi, pods: 110}
      taints: [{key: key1, value: value1, effect: NoExecute}]
  faults:
  - {at: 10s, nodeDown: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      tolerations:
      - {key: key1, operator: Equal, value: value1, effect: NoExecute, tolerationSeconds: 600}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const node = h.get('Node', 'w-1', undefined);
    const unreachable = (node.spec.taints ?? []).find((t) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute');
    h.eq(unreachable && h.sec(unreachable.timeAdded), 65, 'unreachable NoExecute taint');
    h.eq(p.spec.tolerations.map((t) => [t.key, t.tolerationSeconds]), [['key1', 600], ['node.kubernetes.io/not-ready', 300], ['node.kubernetes.io/unreachable', 300]], 'tolerations');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[600, `Marking for deletion Pod default/${p.metadata.name}`]], 'evicted at the planned 600s');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq(h.sec(dt.lastTransitionTime), 600, 'DisruptionTarget');
  },
};
