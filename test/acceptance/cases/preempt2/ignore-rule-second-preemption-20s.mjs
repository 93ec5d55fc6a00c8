// Ignored preemptions still add up in the back-off record: the replacement of a second preempted pod
// of the same Job waits 20s (two failures since the last success), status.failed stays 0.
// hi1 preempts the first pod at +60s and runs 30s; the replacement (+70s) binds at +90s; hi2
// preempts it at +120s; the third pod is created at +140s.
export default {
  id: 'preempt2/ignore-rule-second-preemption-20s',
  source: 'pkg/controller/job/backoff_utils.go newBackoffRecord (failuresAfterLastSuccess += len(newFailedPods), no success in between) and getRemainingTimeForFailuresCount (10s doubled per failure); job_controller.go syncJob (ignored pods are in newFailedPods)',
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
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi1 }, spec: { template: { metadata: { annotations: { jobsim/duration: 30s } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 120s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi2 }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
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
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const lows = h.podsOf('low');
    h.eq(lows.length, 3, 'three pods');
    h.eq(lows.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 70, 140], 'pods created at +0s, +70s (10s), +140s (20s)');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[60, lows[0].metadata.name], [120, lows[1].metadata.name]], 'two preemptions');
    h.eq(h.events({ reason: 'Scheduled', name: lows[1].metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[90, `Successfully assigned default/${lows[1].metadata.name} to w-1`]], 'second pod bound when hi1 completed');
    h.eq([h.job('low').status.failed ?? 0, h.job('low').status.active ?? 0], [0, 1], '[failed, active]');
  },
};
