// A pool declared with the node controller's own taints (node.kubernetes.io/unreachable:NoExecute and
// node.kubernetes.io/not-ready:NoSchedule) on nodes that are Ready: the node lifecycle controller owns these keys.
// Its monitor pass sees Ready=True and markNodeAsReachable removes the unreachable/not-ready NoExecute taints;
// doNoScheduleTaintingPass (node added) removes the condition-taint NoSchedule not justified by a condition.
// So the pod (default 300s toleration) is never evicted and the node ends without those taints.
export default {
  id: 'tainteviction/pool-controller-taints-removed-on-ready-node',
  source: 'node_lifecycle_controller.go monitorNodeHealth -> processTaintBaseEviction (observed Ready=True -> markNodeAsReachable: RemoveTaintOffNode unreachable + not-ready), doNoScheduleTaintingPass (TaintSetDiff over taintKeyToNodeConditionMap keys)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: { cpu: "4", memory: 4Gi, pods: 110 }
      taints: [{ key: node.kubernetes.io/unreachable, effect: NoExecute }, { key: node.kubernetes.io/not-ready, effect: NoSchedule }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      tolerations: [{ key: node.kubernetes.io/not-ready, operator: Exists, effect: NoSchedule }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.get('Node', 'w-1').spec.taints, undefined, 'controller-owned taints removed from the Ready node');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).filter((e) => e.message.startsWith('Marking')).length, 0, 'no eviction');
    const pods = h.podsOf('j');
    h.eq([pods.length, pods[0].metadata.deletionTimestamp, pods[0].status.phase], [1, undefined, 'Running'], 'the pod keeps running');
  },
};
