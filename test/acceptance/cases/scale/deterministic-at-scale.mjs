// Same documents and seed: byte-identical output, also for 1200 pods on 20 nodes with random durations.
export default {
  id: 'scale/deterministic-at-scale',
  source: 'CONTRACT.md §3 last line (byte-identical output)',
  runs: 2,
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  seed: 7
  cluster:
    nodePools:
    - { name: w, count: 20, capacity: { cpu: "16", memory: 64Gi, pods: 110 } }
  behaviors:
  - selector: { matchLabels: { app: r } }
    duration: { uniform: [10s, 90s] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: r }
spec:
  completions: 1200
  parallelism: 600
  template:
    metadata: { labels: { app: r } }
    spec:
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.job('r').status.succeeded, 1200, 'succeeded');
    h.eq(r.counts.Pod, 1200, 'pods');
  },
};
