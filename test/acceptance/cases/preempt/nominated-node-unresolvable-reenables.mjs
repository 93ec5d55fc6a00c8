// hi preempted v on w-1 (v ignores SIGTERM for 30s) and is nominated there; w-1 is cordoned at +65s.
// Retried at +75s (a pod on w-2 finished), hi's nominated node now fails NodeUnschedulable, which is
// UnschedulableAndUnresolvable, so PodEligibleToPreemptOthers lets it preempt again despite the
// terminating victim: low2 on w-2 is preempted and hi binds to w-2 at +75s.
export default {
  id: 'preempt/nominated-node-unresolvable-reenables',
  source: 'default_preemption.go PodEligibleToPreemptOthers ("If the pod\'s nominated node is considered as UnschedulableAndUnresolvable by the filters, then the pod should be considered for preempting again": nominatedNodeStatus.Code() == UnschedulableAndUnresolvable returns true); nodeunschedulable.go Filter (UnschedulableAndUnresolvable)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  faults:
  - { at: 65s, cordonNode: w-1 }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: v }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: low2 }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: short }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 75s } }
    spec:
      priorityClassName: high
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const v = h.podsOf('v')[0];
    const low2 = h.podsOf('low2')[0];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name, e.message]), [
      [60, v.metadata.name, `Preempted by pod ${hi.metadata.uid} on node w-1`],
      [75, low2.metadata.name, `Preempted by pod ${hi.metadata.uid} on node w-2`],
    ], 'Preempted events');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [
      [60, '0/2 nodes are available: 2 Insufficient cpu.'],
      [75, '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) were unschedulable.'],
    ], 'FailedScheduling');
    h.eq([hi.spec.nodeName, hi.status.nominatedNodeName], ['w-2', 'w-2'], 'bound to w-2, nominated there');
    h.eq(h.events({ reason: 'Scheduled', name: hi.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [75], 'bound at +75s');
  },
};
