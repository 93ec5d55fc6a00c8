// A PreferNoSchedule taint the pod does not tolerate costs the node TaintToleration's whole score
// (weight 3: 300 points), more than the resource scores can give back: the pod goes to the small
// untainted node (149) rather than the empty 16-cpu one (192 before the taint).
export default {
  id: 'sched3/prefer-noschedule-avoided',
  source: 'tainttoleration/taint_toleration_test.go TestTaintTolerationScore (rows with untolerated PreferNoSchedule taints); taint_toleration.go Score (countIntolerableTaintsPreferNoSchedule), NormalizeScore (DefaultNormalizeScore reverse); default_plugins.go (TaintToleration weight 3)',
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
      tolerations: []
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'small-1', 'node');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling: PreferNoSchedule never filters');
  },
};
