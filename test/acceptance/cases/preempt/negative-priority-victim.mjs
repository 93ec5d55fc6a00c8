// A pod without a class (priority 0) may preempt a pod whose class has a negative value.
export default {
  id: 'preempt/negative-priority-victim',
  source: 'default_preemption.go SelectVictimsOnNode (PodPriority(victim) < PodPriority(preemptor)); component-helpers PodPriority (nil priority is 0); scheduling/v1 PriorityClass value (any int32 up to 1e9 for user classes)',
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
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: plain }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: scavenger }
value: -5
---
apiVersion: batch/v1
kind: Job
metadata: { name: scav }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: scavenger
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const v = h.podsOf('scav')[0];
    const p = h.podsOf('plain')[0];
    h.eq(v.spec.priority, -5, 'victim priority');
    h.eq(p.spec.priority, 0, 'preemptor priority 0');
    h.eq(p.spec.preemptionPolicy, 'PreemptLowerPriority', 'default preemptionPolicy');
    h.hasCond(v, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq(h.events({ reason: 'Preempted', name: v.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, `Preempted by pod ${p.metadata.uid} on node w-1`]], 'Preempted');
    h.eq([p.spec.nodeName, p.status.nominatedNodeName], ['w-1', 'w-1'], 'bound, nominated');
  },
};
