// numFeasibleNodesToFind uses Go integer division: for 210 nodes the percentage is 50 - 210/125 = 49 and the
// scheduler stops after 210*49/100 = 102 feasible nodes. With 101 small nodes (2 CPU) and 109 big ones (64 CPU), any
// 102 feasible nodes include a big one, which LeastAllocated scores far higher (198 vs 150): the pod lands on a big
// node whatever order or parallelism the filter pass has. (A 100-node sample may hold only small nodes.)
export default {
  id: 'scale/sample-size-210-nodes',
  source: 'schedule_one.go numFeasibleNodesToFind: percentage = int32(50) - numAllNodes/125; numNodes = numAllNodes * percentage / 100 (int32 arithmetic); findNodesThatPassFilters stops at numNodesToFind feasible nodes',
  args: ['--duration', '10s'],
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: a, count: 101, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
    - { name: b, count: 109, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
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
    const p = h.podsOf('one')[0];
    h.assert(/^b-\d+$/.test(p.spec.nodeName ?? ''), `pod on a big node (pool b), got ${p.spec.nodeName}`);
  },
};
