// Untolerated PreferNoSchedule taints are counted and the counts normalized over the feasible nodes,
// reversed: a node with two (the emptier one) scores 0, a node with one 100 - 50 = 50, times 3 =
// 150, which beats the 43 points of resource score the emptier node has.
export default {
  id: 'sched3/prefer-noschedule-count-normalized',
  source: 'tainttoleration/taint_toleration_test.go TestTaintTolerationScore ("the more intolerable taints a node has, the lower score it gets"); taint_toleration.go NormalizeScore (helper.DefaultNormalizeScore(MaxNodeScore, true, scores))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: big, count: 1, capacity: { cpu: "16", memory: 64Gi, pods: 110 }, taints: [{ key: a, value: x, effect: PreferNoSchedule }, { key: b, value: x, effect: PreferNoSchedule }] }
    - { name: small, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, taints: [{ key: a, value: x, effect: PreferNoSchedule }] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'small-1', 'fewer untolerated taints wins');
  },
};
