// Indexed, parallelism 1200: each sync creates the 500 lowest pending indexes: 0-499 at +0s, 500-999 at +1s, 1000-1199 at +2s.
export default {
  id: 'scale/indexed-1200-lowest-indexes-per-sync',
  source: 'job_controller.go manageJob: diff capped at 500, firstPendingIndexes(jobCtx, diff, completions) lowest first',
  args: ['--duration', '10s'],
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 20, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: ix }
spec:
  parallelism: 1200
  completions: 1200
  completionMode: Indexed
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const by = {};
    for (const p of h.podsOf('ix')) {
      const s = h.sec(p.metadata.creationTimestamp);
      const i = Number(p.metadata.labels['batch.kubernetes.io/job-completion-index']);
      by[s] ??= [Infinity, -1, 0];
      by[s] = [Math.min(by[s][0], i), Math.max(by[s][1], i), by[s][2] + 1];
    }
    h.eq(by, { 0: [0, 499, 500], 1: [500, 999, 500], 2: [1000, 1199, 200] }, 'index range [min, max, count] per creation second');
  },
};
