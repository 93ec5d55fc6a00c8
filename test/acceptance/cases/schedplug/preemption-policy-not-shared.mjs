// Two pods of equal priority and requests created together, one with preemptionPolicy Never and one with
// the default PreemptLowerPriority: the second still preempts the lower-priority pod; the first's
// "not eligible due to preemptionPolicy=Never." is its own verdict.
export default {
  id: 'schedplug/preemption-policy-not-shared',
  source: 'pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go PodEligibleToPreemptOthers (pod.Spec.PreemptionPolicy == Never: "not eligible due to preemptionPolicy=Never."), PostFilter per pod; preemption.go Preempt/prepareCandidate (Preempted "Preempted by pod %v on node %v"); plugin/pkg/admission/priority admitPod (preemptionPolicy from the class)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 5s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: a }, spec: { template: { spec: { priorityClassName: high-never, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 5s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: b }, spec: { template: { spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high-never }
value: 1000
preemptionPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 1500m } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const a = h.podsOf('a')[0];
    const b = h.podsOf('b')[0];
    const victim = h.podsOf('low')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: a.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]).slice(0, 1),
      [[5, '0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.']], 'a: not eligible');
    h.eq(h.events({ reason: 'FailedScheduling', name: b.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]).slice(0, 1),
      [[5, '0/1 nodes are available: 1 Insufficient cpu.']], 'b: preemption chose a victim (no preemption sentence)');
    h.eq(h.events({ reason: 'Preempted', name: victim.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[5, `Preempted by pod ${b.metadata.uid} on node w-1`]], 'low preempted by b');
    h.eq(b.status.nominatedNodeName, 'w-1', 'b nominated to w-1');
    h.eq(b.spec.nodeName, 'w-1', 'b bound to w-1');
  },
};
