// Two victims with different grace periods (SIGTERM ignored): when the first is gone (+70s) the
// preemptor is retried, still does not fit and may not preempt again (a pod preempted for it still
// terminates on its nominated node); it binds when the second is gone (+80s).
export default {
  id: 'preempt/two-victims-different-grace',
  source: 'default_preemption.go PodEligibleToPreemptOthers (podTerminatingByPreemption: deletionTimestamp + DisruptionTarget PreemptionByScheduler) and PostFilter ("preemption: " prefix); schedule_one.go FitError PostFilterMsg',
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
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: ten }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      terminationGracePeriodSeconds: 10
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: twenty }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      terminationGracePeriodSeconds: 20
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => h.sec(e.firstTimestamp)), [60, 60], 'both preempted at +60s');
    h.eq([h.sec(h.podsOf('ten')[0].metadata.deletionTimestamp), h.sec(h.podsOf('twenty')[0].metadata.deletionTimestamp)], [70, 80], 'deletionTimestamps');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [
      [60, '0/1 nodes are available: 1 Insufficient cpu.'],
      [70, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to a terminating pod on the nominated node.'],
    ], 'FailedScheduling');
    h.eq(h.events({ reason: 'Scheduled', name: hi.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [80], 'bound at +80s');
  },
};
