// Elastic scale-down 3/3 -> 2/2: the pod of index 2 (>= completions) is removed even though it is the healthy,
// long-ready one and indexes 0 and 1 are crash-looping (ActivePods would pick those first).
export default {
  id: 'mutations/elastic-scaledown-out-of-range-first',
  source: 'job_controller.go activePodsForRemoval -> appendDuplicatedIndexPodsForRemoval(rm, left, pods, completions) (index >= completions removed first), then ActivePods for the rest',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  duration: 3m
  behaviors:
  - selector: {matchLabels: {app: e}}
    duration: 2s
    exitCodes: [1]
    perIndex:
      "2": {duration: 10m, exitCodes: [0]}
  timeline:
  - {at: 60s, patch: {kind: Job, name: x, spec: {completions: 2, parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  backoffLimit: 100
  template:
    metadata: {labels: {app: e}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const pods = h.podsOf('x');
    h.eq(pods.length, 3, 'pods');
    const deleted = pods.filter((p) => p.metadata.deletionTimestamp).map((p) => [ix(p), h.sec(p.metadata.deletionTimestamp)]);
    h.eq(deleted, [['2', 90]], 'only index 2 deleted, at 60s (+30s grace)');
    const j = h.job('x');
    h.eq([j.status.active, j.status.failed ?? 0, j.metadata.generation], [2, 0, 2], '[active, failed, generation]');
  },
};
