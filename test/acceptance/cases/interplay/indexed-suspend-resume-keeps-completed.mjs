// Indexed Job (completions 3, parallelism 3): index 1 completes at 10s; suspended at 15.5s (indexes 0 and 2
// deleted, not failures), resumed at 20.5s: only indexes 0 and 2 are created again; completedIndexes "0-2" and
// Complete at 81s, failed 0.
export default {
  id: 'interplay/indexed-suspend-resume-keeps-completed',
  source: 'job_controller.go manageJob (suspend: deleteJobPods), firstPendingIndexes (skips succeeded indexes), calculateSucceededIndexes; reference §2.6 step 4, §8, §14',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip21}
spec:
  behaviors:
    - selector: {matchLabels: {app: ix}}
      duration: 60s
      perIndex:
        "1": { duration: 10s }
  timeline:
    - { at: 15500ms, patch: { kind: Job, name: ix, spec: { suspend: true } } }
    - { at: 20500ms, patch: { kind: Job, name: ix, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {labels: {app: ix}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ix');
    const rows = pods.map((p) => [p.metadata.labels['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp), p.status.phase]).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    h.eq(rows, [['0', 0, 'Failed'], ['1', 0, 'Succeeded'], ['2', 0, 'Failed'], ['0', 20, 'Succeeded'], ['2', 20, 'Succeeded']], 'pods [index, created, phase]');
    const job = h.job('ix');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed ?? 0, h.sec(job.status.completionTime), h.sec(job.status.startTime)], ['0-2', 3, 0, 81, 20], '[completedIndexes, succeeded, failed, completionTime, startTime]');
  },
};
