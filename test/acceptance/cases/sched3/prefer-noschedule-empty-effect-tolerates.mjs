// A toleration with no effect tolerates the key under every effect, PreferNoSchedule included:
// the emptier tainted node wins on resources.
export default {
  id: 'sched3/prefer-noschedule-empty-effect-tolerates',
  source: 'tainttoleration/taint_toleration.go getAllTolerationPreferNoSchedule (empty effect counts); v1helper ToleratesTaint (empty effect matches all effects)',
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
      tolerations: [{ key: dedicated, operator: Exists }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'big-1', 'node');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling: PreferNoSchedule never filters');
  },
};
