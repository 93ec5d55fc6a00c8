// The unschedulable taint is the node lifecycle controller's: cordoned while the controller manager is down, the
// node gets it when the controller is back (its first pass over the nodes); the scheduler's own
// NodeUnschedulable filter refuses the node meanwhile.
export default {
  id: 'drain/dr07-taint-waits-for-controller-manager',
  source: 'pkg/controller/nodelifecycle/node_lifecycle_controller.go doNoScheduleTaintingPass (run from the node update queue, and for every node when it starts)',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cordon}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 1m, controllerDown: all, for: 4m}
  - {at: 2m, cordonNode: w-1}
  timeline:
  - at: 3m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late}
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const n = h.get('Node', 'w-1');
    h.eq(n.spec.taints, [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: '2026-01-01T00:05:00Z' }], 'taint added when the controller manager is back');
    const p = h.podsOf('late')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name })[0].message, '0/1 nodes are available: 1 node(s) were unschedulable. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.', 'refused by NodeUnschedulable');
    h.eq(p.spec.nodeName, undefined, 'still pending');
  },
};
