// kubectl cordon: spec.unschedulable; the NodeUnschedulable filter refuses the node (UnschedulableAndUnresolvable,
// so preemption is not tried); once uncordoned the pod is bound.
export default {
  id: 'drain/dr01-cordon-blocks-scheduling',
  source: 'pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go Filter (ErrReasonUnschedulable); kubectl cordon/uncordon',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cordon}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 0s, cordonNode: w-1, for: 3m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const p = h.podsOf('etl')[0];
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.eq(fs[0].message, '0/1 nodes are available: 1 node(s) were unschedulable. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.', 'first FailedScheduling');
    h.eq(h.sec(fs[0].firstTimestamp), 0, 'refused at once');
    const sch = h.events({ reason: 'Scheduled', name: p.metadata.name });
    h.eq(sch.map((e) => h.sec(e.firstTimestamp)), [180], 'bound when uncordoned');
    h.hasCond(h.job('etl'), 'Complete', 'CompletionsReached');
    const n = h.get('Node', 'w-1');
    h.eq([n.spec.unschedulable, n.spec.taints], [undefined, undefined], 'uncordoned: no flag, no taint');
  },
};
