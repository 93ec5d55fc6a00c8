// A toleration of node.kubernetes.io/unschedulable with effect NoExecute does not tolerate the NoSchedule taint
// NodeUnschedulable checks: the pod is refused ("node(s) were unschedulable") until the uncordon at 2m.
export default {
  id: 'newfeat/nf15-cordon-toleration-wrong-effect',
  source: 'pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go Filter (taint {node.kubernetes.io/unschedulable, NoSchedule}); ToleratesTaint (effect must match when set)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 0s, cordonNode: w-1, for: 2m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  template:
    spec:
      tolerations: [{key: node.kubernetes.io/unschedulable, operator: Exists, effect: NoExecute}]
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const p = h.podsOf('t')[0];
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.eq([h.sec(fs[0].firstTimestamp), fs[0].message], [0, '0/1 nodes are available: 1 node(s) were unschedulable. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'], 'refused');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [120], 'bound at the uncordon');
    h.eq(h.sec(h.cond(h.job('t'), 'Complete').lastTransitionTime), 131, 'Complete');
  },
};
