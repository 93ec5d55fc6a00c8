// A preemptor needing the whole node evicts both lower-priority pods: each gets DisruptionTarget
// PreemptionByScheduler and a Preempted event naming the preemptor's uid; the preemptor is nominated.
export default {
  id: 'scheduler2/preempt-two-victims',
  source: 'preemption.go prepareCandidate (for each victim: DisruptionTarget condition, Eventf Preempted "Preempted by pod %v on node %v", delete); Evaluator.Preempt (nominatedNodeName)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 60s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: urgent }
      spec:
        template:
          spec:
            priorityClassName: high
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 100
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  completions: 2
  parallelism: 2
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const up = h.podsOf('urgent')[0];
    const victims = h.podsOf('low').filter((p) => h.sec(p.metadata.creationTimestamp) === 0);
    h.eq(victims.length, 2, 'two original low pods');
    for (const v of victims) {
      const dt = h.hasCond(v, 'DisruptionTarget', 'PreemptionByScheduler');
      h.eq(h.sec(dt.lastTransitionTime), 60, 'DisruptionTarget at +60s');
      h.eq(h.events({ reason: 'Preempted', name: v.metadata.name }).map((e) => e.message), [`Preempted by pod ${up.metadata.uid} on node w-1`], 'Preempted event');
      h.eq(h.sec(v.metadata.deletionTimestamp), 90, 'graceful delete, 30s');
    }
    h.eq([up.status.nominatedNodeName, up.spec.nodeName], ['w-1', 'w-1'], 'nominated and bound');
  },
};
