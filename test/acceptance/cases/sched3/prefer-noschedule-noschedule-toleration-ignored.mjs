// TaintToleration's score counts only tolerations whose effect is empty or PreferNoSchedule: a
// NoSchedule toleration of the same key does not tolerate the PreferNoSchedule taint for scoring.
export default {
  id: 'sched3/prefer-noschedule-noschedule-toleration-ignored',
  source: 'tainttoleration/taint_toleration.go getAllTolerationPreferNoSchedule (len(toleration.Effect) == 0 || toleration.Effect == v1.TaintEffectPreferNoSchedule); TestTaintTolerationScore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: big, count: 1, capacity: { cpu: "16", memory: 64Gi, pods: 110 }, taints: [{ key: dedicated, value: batch, effect: PreferNoSchedule }] }
    - { name: small, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      tolerations: [{ key: dedicated, operator: Exists, effect: NoSchedule }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'small-1', 'node');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling: PreferNoSchedule never filters');
  },
};
