// A toleration of the PreferNoSchedule taint removes the penalty: the emptier 16-cpu node wins
// on resources (192 against 149).
export default {
  id: 'sched3/prefer-noschedule-tolerated',
  source: 'tainttoleration/taint_toleration_test.go TestTaintTolerationScore (node with taints that pod tolerates); taint_toleration.go getAllTolerationPreferNoSchedule',
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
      tolerations: [{ key: dedicated, operator: Equal, value: batch, effect: PreferNoSchedule }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'big-1', 'node');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling: PreferNoSchedule never filters');
  },
};
