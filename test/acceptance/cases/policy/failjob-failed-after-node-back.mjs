// Same world run to the end: the node is back at +10m10s, its kubelet stops the Terminating pod
// (exit 143, Failed) and the Job gets Failed (and its Warning event) at the next sync, +10m11s.
// The killed pod is not counted twice (failed 2).
export default {
  id: 'policy/failjob-failed-after-node-back',
  source: 'job-controller.md §2.8, §11 (failure event with the final Failed condition); job_controller.go trackJobStatusAndRemoveFinalizers',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  behaviors:
  - selector: { matchLabels: { app: w } }
    duration: 1h
    perIndex:
      "1": { duration: 30s, exitCodes: [5] }
  faults:
  - { at: 10s, nodeDown: w-2, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [5] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const msg = 'Container main-container for pod default/x-1-vqbl8 failed with exit code 5 matching FailJob rule at index 0';
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', msg, 31], ['Failed', msg, 611]], 'conditions');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['PodFailurePolicy', msg, 611]], 'event');
    h.eq([job.status.failed, job.status.terminating], [2, 0], '[failed, terminating]');
  },
};
