// nodeSelectorTerms are ORed; nodeSelector and required affinity must both match; a mismatch is
// "node(s) didn't match Pod's node affinity/selector" (UnschedulableAndUnresolvable).
export default {
  id: 'scheduling/affinity-terms-ored',
  source: 'nodeaffinity.GetRequiredNodeAffinity (nodeSelector AND affinity; terms ORed); node_affinity.go Filter ErrReasonPod; preemption.go (UnschedulableAndUnresolvable nodes are not candidates)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { zone: a, tier: batch } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { zone: b, tier: web } }
    - { name: c, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { zone: c, tier: batch } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: ab }
spec:
  completions: 4
  parallelism: 4
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions: [{ key: zone, operator: In, values: [a] }]
            - matchExpressions: [{ key: zone, operator: In, values: [b] }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: both }
spec:
  template:
    spec:
      nodeSelector: { tier: web }
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions: [{ key: zone, operator: In, values: [a, c] }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const ab = h.podsOf('ab').map((p) => p.spec.nodeName).sort();
    h.eq(ab, ['a-1', 'a-1', 'b-1', 'b-1'], 'terms ORed: a and b, spread 2/2');
    const p = h.podsOf('both')[0];
    h.eq(p.spec.nodeName, undefined, 'nodeSelector AND affinity: no node');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name })[0].message, "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", 'message');
  },
};
