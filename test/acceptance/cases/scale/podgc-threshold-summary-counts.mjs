// -o summary at scale: counts of objects created (deleted ones included) and no items/events.
export default {
  id: 'scale/podgc-threshold-summary-counts',
  source: 'CONTRACT.md §1 -o summary (counts: objects created per kind); podgc gcTerminated threshold 12500',
  args: ['-o', 'summary'],
  timeoutMs: 180000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 5, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: g }
spec:
  completions: 12600
  parallelism: 500
  template:
    metadata: { annotations: { jobsim/duration: "1s" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(Object.keys(r).sort(), ['apiVersion', 'counts', 'kind', 'metadata', 'metrics', 'spec'], 'summary keys');
    h.eq([r.counts.Job, r.counts.Pod, r.counts.Node], [1, 12600, 5], 'counts');
    h.eq([r.metrics.pods.succeeded, r.metrics.jobs.complete], [12600, 1], 'metrics');
  },
};
