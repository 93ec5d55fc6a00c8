// Job concept page, "Controlling parallelism": "If it is specified as 0, then the Job is effectively paused until it is
// increased." completions 2, parallelism 0: no pod, but the Job is not suspended, so startTime is set at its first
// sync (0s). Raised to 1 at 30s (a spec change: synced at once): one pod at 30s, the next at 41s, Complete at 52s.
export default {
  id: 'jobdocs/j05-parallelism-zero-paused',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#controlling-parallelism; job_controller.go syncJob (StartTime set when not suspended), updateJob (generation change: enqueueSyncJobImmediately), manageJob',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: paused }
spec:
  timeline:
  - { at: 30s, patch: { kind: Job, name: paused, spec: { parallelism: 1 } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: paused
spec:
  completions: 2
  parallelism: 0
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('paused');
    h.eq(h.sec(job.status.startTime), 0, 'startTime at creation');
    h.eq(h.podsOf('paused').map((p) => h.sec(p.metadata.creationTimestamp)), [30, 41], 'pods');
    h.eq([job.status.succeeded, h.sec(job.status.completionTime)], [2, 52], 'complete');
    h.eq((job.status.conditions ?? []).filter((c) => c.type === 'Suspended').length, 0, 'never suspended');
  },
};
