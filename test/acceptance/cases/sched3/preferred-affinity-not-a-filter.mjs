// A preferred term no node matches filters nothing: the pod is bound at once (no FailedScheduling),
// on the emptier node by resources.
export default {
  id: 'sched3/preferred-affinity-not-a-filter',
  source: 'nodeaffinity/node_affinity_test.go TestNodeAffinity (preferred terms do not filter); node_affinity.go Filter (only required terms and nodeSelector), NormalizeScore (all 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: small, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
    - { name: big, count: 1, capacity: { cpu: "16", memory: 64Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - { weight: 100, preference: { matchExpressions: [{ key: gpu, operator: Exists }] } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.nodeName, 'big-1', 'big node');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no failure');
  },
};
