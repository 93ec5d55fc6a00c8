// preemptionPolicy Never: "preemption: not eligible due to preemptionPolicy=Never." appended with
// " %v" (one period, 1.30+), after DynamicResources' "no new claims to deallocate" (1.34+).
export default {
  id: 'cluster/preemption-never',
  source: 'preemption.go PodEligibleToPreemptOthers ("not eligible due to preemptionPolicy=Never."); types.go FitError.Error SeparatorFormat',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 1m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: polite }
      spec:
        template:
          spec:
            priorityClassName: high-nonpreempting
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high-nonpreempting }
value: 1000
preemptionPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('polite')[0];
    h.eq(p.spec.preemptionPolicy, 'Never', 'preemptionPolicy from the class');
    h.eq(p.spec.priority, 1000, 'priority');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no victim');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name })[0].message, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.', 'message');
  },
};
