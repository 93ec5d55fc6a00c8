// A podFailurePolicy Ignore rule on DisruptionTarget keeps the preempted pod out of status.failed, but
// the pod still enters the Job's back-off record: its replacement is created 10s after the victim
// finished (exit 143 on SIGTERM at +60s), at +70s, not at the next sync.
export default {
  id: 'preempt2/ignore-rule-replacement-backs-off',
  source: 'pkg/controller/job/job_controller.go syncJob (newBackoffRecord(key, newSucceededPods, newFailedPods) takes every new failed pod, while nonIgnoredFailedPodsCount only feeds status.failed); backoff_utils.go newBackoffRecord/getRemainingTime (10s after getFinishedTime)',
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
    const [v, repl] = h.podsOf('low');
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name, e.message]), [[60, v.metadata.name, `Preempted by pod ${hi.metadata.uid} on node w-1`]], 'Preempted');
    h.eq([v.status.phase, h.exitCodeOf(v)], ['Failed', 143], 'victim exits 143 on SIGTERM');
    h.eq(h.events({ reason: 'Scheduled', name: hi.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [60], 'hi bound at +60s');
    h.eq(h.events({ reason: 'SuccessfulCreate', name: 'low' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, `Created pod: ${v.metadata.name}`], [70, `Created pod: ${repl.metadata.name}`]], 'replacement 10s after the victim finished');
    const j = h.job('low');
    h.eq([j.status.failed ?? 0, j.status.active ?? 0], [0, 1], '[failed, active]');
    h.noCond(j, 'Failed');
    h.noCond(j, 'FailureTarget');
  },
};
