// TaintToleration's counts are normalized by the largest count among the nodes that passed the filters:
// tiny-1 (4 PreferNoSchedule taints) cannot hold the pod, so the maximum is big-1's 2. small-1 (1 taint)
// gets 3 * (100 - 50) = 150 + resources 109 = 259; big-1 3 * 0 + 193 = 193. Normalizing by 4 would give
// small-1 225 + 109 = 334 and big-1 150 + 193 = 343.
export default {
  id: 'scorefit/taint-score-max-over-feasible',
  source: 'tainttoleration/taint_toleration.go NormalizeScore (helper.DefaultNormalizeScore(MaxNodeScore, true, scores) over the scored, i.e. feasible, nodes); schedule_one.go prioritizeNodes (scores only the feasible nodes); apis/config/v1/default_plugins.go (TaintToleration weight 3)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - name: tiny
      count: 1
      capacity: { cpu: 500m, memory: 16Gi, pods: 110 }
      taints:
      - { key: t1, effect: PreferNoSchedule }
      - { key: t2, effect: PreferNoSchedule }
      - { key: t3, effect: PreferNoSchedule }
      - { key: t4, effect: PreferNoSchedule }
    - name: small
      count: 1
      capacity: { cpu: 1100m, memory: 1126Mi, pods: 110 }
      taints:
      - { key: t1, effect: PreferNoSchedule }
    - name: big
      count: 1
      capacity: { cpu: "16", memory: 16Gi, pods: 110 }
      taints:
      - { key: t1, effect: PreferNoSchedule }
      - { key: t2, effect: PreferNoSchedule }
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
    h.eq(h.podsOf('j')[0].spec.nodeName, 'small-1', 'node of the pod');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
