// A high-priority 3-cpu pod, one 2-cpu node holding a low-priority pod. Before 1.34 the dry run removed the
// low pod and reported the filters' verdict ("Insufficient cpu"); since 1.34 the node is
// UnschedulableAndUnresolvable (request > allocatable) and is not even dry-run: "Preemption is not helpful".
// Nothing is preempted either way.
export default {
  id: 'schedmsg/fit-exceeds-allocatable-lower-pod',
  source: 'noderesources/fit.go fitsRequest (Unresolvable: podRequest.MilliCPU > allocatable) and Filter; preemption.go findCandidates (m.NodesForStatusCode(..., Unschedulable): no potential node, ClearNominatedNodeName, NewDefaultNodeToStatus) and Preempt (SetAbsentNodesStatus "Preemption is not helpful for scheduling"); kubernetes#131345',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "3" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no victim');
    const p = h.podsOf('hi')[0];
    const msg = '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[30, msg]], 'FailedScheduling');
    h.eq(N(h.anyCond(p, 'PodScheduled')?.message), msg, 'PodScheduled message');
  },
};
