// While its victim terminates (SIGTERM ignored, 30s grace), the nominated preemptor is retried when
// a pod on w-2 finishes (+70s): nothing fits (w-2 keeps 1 free cpu) and PodEligibleToPreemptOthers
// refuses a second preemption because a pod preempted for it is still terminating on its nominated
// node. It binds to w-1 when the victim is gone (+90s). The equal-priority pods on w-2 are untouched.
export default {
  id: 'preempt/retry-while-victim-terminates',
  source: 'default_preemption.go PodEligibleToPreemptOthers ("not eligible due to a terminating pod on the nominated node.", podTerminatingByPreemption); PostFilter ("preemption: " + msg); types.go FitError.Error (PostFilterMsg)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
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
metadata: { name: low }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: short }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 70s } }
    spec:
      priorityClassName: high
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: long }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: high
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const v = h.podsOf('low')[0];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[60, v.metadata.name]], 'one preemption');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [
      [60, '0/2 nodes are available: 2 Insufficient cpu.'],
      [70, '0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to a terminating pod on the nominated node.'],
    ], 'FailedScheduling');
    h.eq(h.events({ reason: 'Scheduled', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[90, `Successfully assigned default/${hi.metadata.name} to w-1`]], 'bound at +90s');
    h.eq(h.podsOf('long')[0].metadata.deletionTimestamp, undefined, 'equal priority pod untouched');
  },
};
