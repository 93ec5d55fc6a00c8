// Preemption: priority from the PriorityClass; the victim gets DisruptionTarget
// PreemptionByScheduler "<schedulerName>: preempting to accommodate a higher priority pod", event
// Preempted "Preempted by pod <uid> on node <node>", graceful delete; the preemptor is nominated,
// its FailedScheduling has no preemption part (preemption succeeded), and it binds to that node.
export default {
  id: 'cluster/preemption-victim',
  source: 'pkg/scheduler/framework/preemption/preemption.go prepareCandidate (DisruptionTarget, Eventf "Preempted by pod %v on node %v"); defaultpreemption PostFilter; cronjob-and-friends.md §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 30m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 5m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: urgent }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1m" } }
          spec:
            priorityClassName: high
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
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
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const victim = h.podsOf('low')[0];
    const up = h.podsOf('urgent')[0];
    h.eq(up.spec.priority, 1000, 'preemptor priority');
    h.eq(victim.spec.priority, 0, 'victim priority');
    const dt = h.hasCond(victim, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq(dt.message, 'default-scheduler: preempting to accommodate a higher priority pod', 'DisruptionTarget message');
    h.eq(h.sec(dt.lastTransitionTime), 300, 'at +5m');
    const pe = h.events({ reason: 'Preempted', name: victim.metadata.name });
    h.eq(pe.map((e) => [e.type, e.message, e.source.component]), [['Normal', `Preempted by pod ${up.metadata.uid} on node w-1`, 'default-scheduler']], 'Preempted event');
    h.eq(h.sec(victim.metadata.deletionTimestamp), 330, 'graceful deletion (30s)');
    h.eq(up.status.nominatedNodeName, 'w-1', 'nominatedNodeName');
    h.eq(up.spec.nodeName, 'w-1', 'bound');
    const fs = h.events({ reason: 'FailedScheduling', name: up.metadata.name });
    h.eq(fs.map((e) => e.message), ['0/1 nodes are available: 1 Insufficient cpu.'], 'preemptor FailedScheduling');
    const sch = h.sec(h.events({ reason: 'Scheduled', name: up.metadata.name })[0].firstTimestamp);
    h.assert(sch >= 300 && sch <= 331, `bound at +${sch}s`);
  },
};
