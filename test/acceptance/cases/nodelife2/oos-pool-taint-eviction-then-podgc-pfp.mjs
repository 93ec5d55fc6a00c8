// w-1 carries node.kubernetes.io/out-of-service (NoSchedule, tolerated) and stops answering for good.
// The taint manager evicts the pod at taint + 300s (Terminating, DisruptionTarget DeletionByTaintManager);
// w-1 is not Ready and out of service, so the next 20s pod GC pass (gcTerminating) marks the pod Failed
// and force-deletes it, with no condition of its own. The podFailurePolicy's Ignore rule then matches
// DisruptionTarget (not counted) and the replacement is created 1s after that pass.
export default {
  id: 'nodelife2/oos-pool-taint-eviction-then-podgc-pfp',
  source: 'gc_controller_test.go TestGCTerminating "pods on out-of-service tainted node" rows; gc_controller.go gcTerminating (markFailedAndDeletePod, no condition), gcCheckPeriod 20s; taint_eviction.go addConditionAndDeletePod; pod_failure_policy.go Ignore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - name: w
      count: 2
      capacity: { cpu: "1", memory: 4Gi, pods: 110 }
      taints: [{ key: node.kubernetes.io/out-of-service, value: nodeshutdown, effect: NoSchedule }]
    - { name: x, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/out-of-service, operator: Exists, effect: NoSchedule }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const [a, b] = h.podsOf('j');
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    const ev = u + 305;
    const pass = Math.ceil(ev / 20) * 20 === ev ? ev + 20 : Math.ceil(ev / 20) * 20;
    h.eq(h.sec(h.hasCond(a, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), ev, 'evicted by the taint manager');
    h.eq(a.status.phase, 'Failed', 'failed by the pod GC');
    h.eq((a.status.conditions ?? []).filter((c) => c.type === 'DisruptionTarget').length, 1, 'one DisruptionTarget, the taint manager one');
    h.eq(h.sec(b.metadata.creationTimestamp), pass + 1, 'replacement 1s after the pod GC pass');
    h.eq([h.job('j').status.failed ?? 0, h.job('j').status.terminating ?? 0], [0, 0], 'ignored, nothing terminating');
  },
};
