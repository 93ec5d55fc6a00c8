// A node that fails both NodeAffinity and NodeResourcesFit is counted under NodeAffinity only, and is
// therefore not a preemption candidate.
export default {
  id: 'scheduler2/filter-order-affinity-before-fit',
  source: 'default_plugins.go (NodeAffinity before NodeResourcesFit); RunFilterPlugins; preemption.go nodesWherePreemptionMightHelp (UnschedulableAndUnresolvable skipped)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 8Gi, pods: 110 }, labels: { tier: web } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms: [{ matchExpressions: [{ key: tier, operator: In, values: [batch] }] }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ["0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."], 'message');
  },
};
