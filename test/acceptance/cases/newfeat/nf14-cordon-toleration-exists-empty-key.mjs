// An Exists toleration with no key and no effect tolerates every taint, node.kubernetes.io/unschedulable:NoSchedule
// included, so NodeUnschedulable lets the pod onto the cordoned node.
export default {
  id: 'newfeat/nf14-cordon-toleration-exists-empty-key',
  source: 'pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go Filter (v1helper.TolerationsTolerateTaint); k8s.io/api core/v1 toleration.go ToleratesTaint (empty key with Exists matches all)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 0s, cordonNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  template:
    spec:
      tolerations: [{operator: Exists}]
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const p = h.podsOf('t')[0];
    h.eq([p.spec.nodeName, h.events({ reason: 'FailedScheduling' }).length], ['w-1', 0], 'bound at once');
    h.hasCond(h.job('t'), 'Complete', 'CompletionsReached');
  },
};
