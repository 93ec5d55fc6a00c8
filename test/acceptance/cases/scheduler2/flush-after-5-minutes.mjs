// A pod rejected for cpu is not requeued by a taint being added to the node (NodeResourcesFit's
// queueing hints only react to node additions/allocatable changes and pod deletions/scale-downs); it
// is retried by the unschedulable-pods flush after 5 minutes (upstream's 30s loop: within (5m, 5m30s]),
// when the node, unreachable by then, is refused for its taint.
export default {
  id: 'scheduler2/flush-after-5-minutes',
  source: 'scheduling_queue.go flushUnschedulablePodsLeftover (every 30s; podMaxInUnschedulablePodsDuration 5m); noderesources/fit.go EventsToRegister (Node Add|UpdateNodeAllocatable, Pod Delete|UpdatePodScaleDown); README known differences (flush at exactly 5m)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 6m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110 } }
  faults:
  - { at: 10s, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: blocker }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: waiter }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('waiter')[0];
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.eq(fs.length, 2, 'two distinct FailedScheduling messages');
    h.eq([h.sec(fs[0].firstTimestamp), fs[0].message], [0, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.'], 'first');
    const t = h.sec(fs[1].firstTimestamp);
    h.assert(t >= 300 && t <= 330, `retried by the flush at +${t}s, expected within [300, 330]`);
    h.eq(fs[1].message, '0/1 nodes are available: 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.', 'second');
  },
};
