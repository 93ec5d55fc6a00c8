// A 2-cpu pod: the 1-cpu node can never take it (request > allocatable: UnschedulableAndUnresolvable since
// 1.34), the 4-cpu node is full of a pod of equal priority (Unschedulable, no victims). The filter sentence is
// the same for both nodes; the preemption sentence tells them apart.
export default {
  id: 'schedmsg/fit-exceeds-allocatable-mixed',
  source: 'noderesources/fit.go fitsRequest (Unresolvable when podRequest.MilliCPU > allocatable) and Filter; preemption.go findCandidates (only Unschedulable nodes are dry-run) and Preempt (absent nodes: "Preemption is not helpful for scheduling"); default_preemption.go SelectVictimsOnNode ("No preemption victims found for incoming pod"); kubernetes#131345',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: small, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110 } }
    - { name: big, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: want }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: peer }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: big-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "3" } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('want')[0];
    const msg = '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[10, msg]], 'FailedScheduling');
    h.eq(N(h.anyCond(p, 'PodScheduled')?.message), msg, 'PodScheduled message');
  },
};
