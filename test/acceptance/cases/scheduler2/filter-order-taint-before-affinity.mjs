// A node that fails both TaintToleration and NodeAffinity is counted once, under the first failing
// filter in the default order (NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, ...,
// NodeResourcesFit): the taint.
export default {
  id: 'scheduler2/filter-order-taint-before-affinity',
  source: 'pkg/scheduler/apis/config/v1/default_plugins.go getDefaultPlugins (TaintToleration before NodeAffinity before NodeResourcesFit); runtime/framework.go RunFilterPlugins (stops at the first non-success)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: t, count: 2, capacity: { cpu: "1", memory: 8Gi, pods: 110 }, labels: { tier: web }, taints: [{ key: dedicated, value: infra, effect: NoSchedule }] }
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
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ['0/2 nodes are available: 2 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.'], 'only the taint is counted');
  },
};
