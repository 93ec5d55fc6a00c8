// Two 1-cpu pods on two 1-cpu nodes; w-1 is silent 1m-11m. Its pod is evicted at taint + 300s and the
// replacement cannot go anywhere: w-2 is full, w-1 carries unreachable:NoSchedule (and the evicted pod
// still holds its cpu there). The message names both reasons, sorted, and preemption finds nothing. At
// 11m the kubelet stops the old pod (Failed), and when the taints go at the next pass (11m05s) the
// replacement is bound to w-1.
export default {
  id: 'nodelife2/replacement-full-cluster-waits-for-return',
  source: 'scheduler framework FitError.Error (sorted reason histogram), TaintToleration filter (unreachable NoSchedule from doNoScheduleTaintingPass), NodeResourcesFit; default_preemption.go messages; node_lifecycle_controller.go markNodeAsReachable',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "30m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const evicted = pods.find((p) => p.spec.nodeName === 'w-1' && p.metadata.deletionTimestamp);
    const rep = pods[2];
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    h.eq(h.sec(rep.metadata.creationTimestamp), u + 306, 'replacement created');
    h.eq(h.events({ reason: 'FailedScheduling', name: rep.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[u + 306,
      '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.']], 'FailedScheduling');
    h.eq(evicted.status.phase, 'Failed', 'old pod stopped on return');
    h.eq(h.events({ reason: 'Scheduled', name: rep.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[665, `Successfully assigned default/${rep.metadata.name} to w-1`]], 'bound at 11m05s');
  },
};
