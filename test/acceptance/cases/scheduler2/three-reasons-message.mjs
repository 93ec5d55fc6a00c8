// One node short of cpu, one tainted, one with the wrong label: three reasons sorted as strings; no
// node is a preemption candidate (taint and affinity are UnschedulableAndUnresolvable, and since 1.34
// so is the cpu node, whose whole allocatable is below the request).
export default {
  id: 'scheduler2/three-reasons-message',
  source: 'framework/types.go FitError.Error (sortReasonsHistogram); tainttoleration Filter, nodeaffinity Filter (UnschedulableAndUnresolvable); preemption.go nodesWherePreemptionMightHelp',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: small, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110 }, labels: { tier: batch } }
    - { name: gpu, count: 1, capacity: { cpu: "8", memory: 8Gi, pods: 110 }, labels: { tier: batch }, taints: [{ key: gpu, value: "true", effect: NoSchedule }] }
    - { name: web, count: 1, capacity: { cpu: "8", memory: 8Gi, pods: 110 }, labels: { tier: web } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      nodeSelector: { tier: batch }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ["0/3 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."], 'message');
  },
};
