// Job concept page, "Completion mode": "more than one Pod could be started for the same index ... only one of them will
// count towards the completion count". Index 0's pod is evicted at 5s but ignores SIGTERM; with the default
// podReplacementPolicy it is counted as failed when it starts terminating (sync at 6s) and its tracking finalizer is
// removed, and a second pod for index 0 starts at 15s (10s back-off from 5s). The evicted pod then finishes its work
// with exit 0 at 20s (Succeeded, within its 30s grace period), yet that success is not counted: index 0 completes only
// with the second pod (35s), Complete at 36s; failed 1, succeeded 2.
export default {
  id: 'jobdocs/j24-indexed-duplicate-pod-first-success-uncounted',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#completion-mode; job_controller.go isPodFailed, trackJobStatusAndRemoveFinalizers; indexed_job_utils.go calculateSucceededIndexes (Succeeded pods count only with the tracking finalizer)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: dup-index }
spec:
  behaviors:
  - selector: { matchLabels: { job-name: idx } }
    duration: 20s
    onSigterm: ignore
  faults:
  - { at: 5s, evictPod: default/idx-0-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: idx
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const idx0 = h.podsOf('idx').filter((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '0');
    h.eq(idx0.map((p) => [p.metadata.name, h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), p.metadata.finalizers ?? []]), [
      ['idx-0-bn7wn', 0, 'Succeeded', 20, []], ['idx-0-xc2bj', 15, 'Succeeded', 35, []]], 'two pods for index 0');
    h.eq(idx0[1].spec.hostname, 'idx-0', 'same hostname');
    const job = h.job('idx');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], ['0,1', 2, 1, 36], 'status');
  },
};
