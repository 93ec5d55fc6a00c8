// A pod that tolerates node.kubernetes.io/unschedulable:NoSchedule passes both NodeUnschedulable and
// TaintToleration: it is bound to a cordoned node (as DaemonSet pods are).
export default {
  id: 'drain/dr05-toleration-of-unschedulable',
  source: 'pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go Filter (podToleratesUnschedulable)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cordon}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 0s, cordonNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  template:
    spec:
      tolerations: [{key: node.kubernetes.io/unschedulable, operator: Exists, effect: NoSchedule}]
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const p = h.podsOf('etl')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).length, 0, 'never refused');
    h.eq(p.spec.nodeName, 'w-1', 'bound to the cordoned node');
    h.hasCond(h.job('etl'), 'Complete', 'CompletionsReached');
  },
};
