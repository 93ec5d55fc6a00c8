// A globalDefault class with preemptionPolicy Never makes every classless pod non-preempting: the
// classless pod (priority 1000) waits behind a priority-0 pod instead of preempting it, yet is
// popped ahead of a priority-0 pod that waits too, and binds when the room frees at +60s.
export default {
  id: 'preempt2/global-default-never-waits',
  source: 'plugin/pkg/admission/priority admitPod (globalDefault class: priority and preemptionPolicy copied into the pod); default_preemption.go PodEligibleToPreemptOthers ("not eligible due to preemptionPolicy=Never."); queuesort/priority_sort.go Less',
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
  - { at: 5s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: waiter }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: low, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: classless }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: nonpreempting }
value: 1000
globalDefault: true
preemptionPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: low }
value: 0
---
apiVersion: batch/v1
kind: Job
metadata: { name: running }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 60s } }
    spec:
      priorityClassName: low
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const c = h.podsOf('classless')[0];
    const w = h.podsOf('waiter')[0];
    h.eq([c.spec.priorityClassName, c.spec.priority, c.spec.preemptionPolicy], ['nonpreempting', 1000, 'Never'], 'admitted from the global default');
    h.eq(h.events({ reason: 'FailedScheduling', name: c.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[10, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.']], 'classless waits');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'nothing preempted');
    h.eq(h.events({ reason: 'Scheduled', name: c.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [60], 'classless bound at +60s');
    h.eq(w.spec.nodeName, undefined, 'the priority-0 waiter still waits');
  },
};
