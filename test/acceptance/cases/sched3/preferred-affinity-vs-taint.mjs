// NodeAffinity (weight 2) against TaintToleration (weight 3): a node matching the preferred term
// (200) but carrying an untolerated PreferNoSchedule taint (0 instead of 300) loses to an identical
// node without either (0 + 300).
export default {
  id: 'sched3/preferred-affinity-vs-taint',
  source: 'pkg/scheduler/apis/config/v1/default_plugins.go getDefaultPlugins (TaintToleration weight 3, NodeAffinity weight 2); node_affinity.go NormalizeScore; taint_toleration.go NormalizeScore (reverse)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: pref, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { disk: ssd }, taints: [{ key: k, value: v, effect: PreferNoSchedule }] }
    - { name: other, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
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
          - { weight: 50, preference: { matchExpressions: [{ key: disk, operator: In, values: [ssd] }] } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'other-1', 'taint weighs more');
  },
};
