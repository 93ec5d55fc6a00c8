// One preemptor evicts both pods of a parallel Job at +60s: the Job's sync counts two new failures at
// once, so its back-off is 20s (failuresAfterLastSuccess 2), not 10s: both replacements are created
// together at +80s.
export default {
  id: 'preempt2/two-victims-one-job-backoff-20s',
  source: 'pkg/controller/job/backoff_utils.go newBackoffRecord (failuresAfterLastSuccess += len(newFailedPods); lastFailureTime of the last one) and getRemainingTimeForFailuresCount (10s doubled per failure after the first); job_controller.go manageJob (creations wait for the remaining back-off)',
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
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const pods = h.podsOf('low');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0, 80, 80], 'two pods at +0s, two replacements at +80s');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => h.sec(e.firstTimestamp)), [60, 60], 'both preempted at +60s');
    h.eq(pods.slice(0, 2).map((p) => [p.status.phase, h.exitCodeOf(p)]), [['Failed', 143], ['Failed', 143]], 'victims exit on SIGTERM');
    const j = h.job('low');
    h.eq([j.status.failed, j.status.active], [2, 2], '[failed, active]');
  },
};
