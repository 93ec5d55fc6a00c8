// One 2-CPU node. A low-priority pod asks 1 CPU for main plus 500m for its sidecar (1.5 CPU); a
// high-priority pod created at 30s asks 1 CPU: 1.5 + 1 > 2, so the low pod is preempted: DisruptionTarget
// PreemptionByScheduler, Killing main then the sidecar at 30s, both 143; the high pod binds at 30s.
export default {
  id: 'mix/preempt-sidecar-victim',
  source: 'pkg/scheduler/framework/plugins/defaultpreemption (victims by the sidecar-inclusive request); pkg/scheduler/framework/preemption PrepareCandidate (DisruptionTarget PreemptionByScheduler); kuberuntime killContainersWithSyncResult',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi}}
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: hi}
      spec:
        template:
          metadata: {annotations: {jobsim/duration: "1m"}}
          spec:
            restartPolicy: Never
            priorityClassName: high
            containers: [{name: main, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: lo}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10m"}}
    spec:
      restartPolicy: Never
      initContainers: [{name: proxy, image: envoy:1.30, restartPolicy: Always, resources: {requests: {cpu: 500m}}}]
      containers: [{name: main, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const lo = h.podsOf('lo')[0];
    h.hasCond(lo, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq(h.events({ reason: 'Killing', name: lo.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, 'Stopping container main'], [30, 'Stopping container proxy']], 'Killing');
    h.eq([lo.status.phase, lo.status.initContainerStatuses[0].state.terminated.exitCode], ['Failed', 143], 'victim');
    const hi = h.podsOf('hi')[0];
    h.eq(h.sec(h.events({ reason: 'Scheduled', name: hi.metadata.name })[0].firstTimestamp), 30, 'hi bound');
    h.eq(h.events({ reason: 'Preempted', name: lo.metadata.name }).map((e) => e.message), ['Preempted by pod ' + hi.metadata.uid + ' on node w-1'], 'Preempted event');
  },
};
