// The scheduler's DisruptionTarget (PreemptionByScheduler) on a preemption victim carries observedGeneration 1
// (written before the victim's graceful deletion bumps its generation to 2).
export default {
  id: 'gates135/pog08-preemption-disruption-target',
  source: 'pkg/scheduler/framework/preemption/executor.go PrepareCandidate (PodCondition{DisruptionTarget, ObservedGeneration: CalculatePodConditionObservedGeneration(&victim.Status, victim.Generation, DisruptionTarget), Reason PreemptionByScheduler}); PodObservedGenerationTracking 1.35 GA',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 1m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: urgent }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            priorityClassName: high
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const victim = h.podsOf('low')[0];
    const c = h.hasCond(victim, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq(victim.metadata.generation, 2, 'victim generation after its graceful deletion');
    h.eq(c.observedGeneration, 1, 'DisruptionTarget.observedGeneration');
    h.eq(victim.status.observedGeneration, 2, 'victim status.observedGeneration (the kubelet saw the deletion)');
  },
};
