// Since Kubernetes 1.34 (kubernetes#131345, after 1.33's freeze), NodeResourcesFit marks an insufficient
// resource Unresolvable when the pod's request exceeds the node's whole allocatable, and the node's status is
// then UnschedulableAndUnresolvable: preemption skips it ("Preemption is not helpful for scheduling"). A 3-cpu
// pod on two empty 2-cpu nodes: no node could ever take it.
export default {
  id: 'schedmsg/fit-exceeds-allocatable-cpu',
  source: 'noderesources/fit.go fitsRequest (InsufficientResource.Unresolvable: podRequest.MilliCPU > nodeInfo.GetAllocatable().GetMilliCPU()) and Filter (statusCode = UnschedulableAndUnresolvable if any is Unresolvable); preemption.go findCandidates (NodesForStatusCode(Unschedulable)) and Preempt (SetAbsentNodesStatus "Preemption is not helpful for scheduling")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "3" } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('big')[0];
    const msg = '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[0, msg]], 'FailedScheduling');
    h.eq(N(h.anyCond(p, 'PodScheduled')?.message), msg, 'PodScheduled message');
  },
};
