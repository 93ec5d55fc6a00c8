// numFeasibleNodesToFind for 6000 nodes: 50 - 6000/125 = 2 percent is raised to the 5 percent floor, so the
// scheduler stops at 300 feasible nodes. With only 299 small nodes (2 cpu) any 300 feasible nodes include a
// 64-cpu one, which LeastAllocated scores far higher (198 against 150): the pod lands in pool b whatever the
// order or parallelism of the filter pass (a 2 percent sample, 120 nodes, could hold only small ones).
export default {
  id: 'scorefit/sample-five-percent-floor',
  source: 'schedule_one.go numFeasibleNodesToFind (percentage = 50 - numAllNodes/125; if percentage < minFeasibleNodesPercentageToFind (5) { percentage = 5 }; numNodes = numAllNodes * percentage / 100); findNodesThatPassFilters (stops at numNodesToFind feasible nodes)',
  args: ['--duration', '10s'],
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: a, count: 299, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
    - { name: b, count: 5701, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: one }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1", memory: 4Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Node').length, 6000, 'nodes');
    const p = h.podsOf('one')[0];
    h.assert(/^b-\d+$/.test(p.spec.nodeName ?? ''), `pod on a big node (pool b), got ${p.spec.nodeName}`);
  },
};
