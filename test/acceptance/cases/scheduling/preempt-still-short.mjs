// When the preemptor does not fit even without every lower-priority pod, the node's preemption
// status is the filters' own (RunFilterPluginsWithNominatedPods): "Insufficient cpu"; nothing is
// preempted.
export default {
  id: 'scheduling/preempt-still-short',
  source: 'default_preemption.go SelectVictimsOnNode ("If the new pod does not fit after removing all potential victim pods ... return nil, 0, status"); preemption.go DryRunPreemption (nodeStatuses.Set)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: mid }
      spec:
        template:
          spec:
            priorityClassName: p1000
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: p1000 }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: p2000 }
value: 2000
---
apiVersion: batch/v1
kind: Job
metadata: { name: top }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: p2000
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "3" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('mid')[0];
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no victim');
    h.noCond(h.podsOf('low')[0], 'DisruptionTarget');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name })[0].message, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Insufficient cpu.', 'message');
  },
};
