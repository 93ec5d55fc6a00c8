// Indexed, 3 completions. Index 0 succeeds at +10s; the Job is suspended at +20s (indexes 1 and 2
// deleted, not counted) and resumed at +40s: only indexes 1 and 2 are re-created; completedIndexes
// survives; startTime is reset to +40s; Complete at +101s.
export default {
  id: 'jobtbl2/indexed-suspend-resume-pending-only',
  source: 'job_controller_test.go TestControllerSyncJob "indexed job" + "suspending a job..." / "resuming a suspended job" rows; job_controller.go manageJob (suspend: deleteJobPods, finalizer removed first), indexed_job_utils.go firstPendingIndexes; reference §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 60s
    perIndex:
      "0": { duration: 10s }
  timeline:
  - { at: 20s, patch: { kind: Job, name: x, spec: { suspend: true } } }
  - { at: 40s, patch: { kind: Job, name: x, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const s = h.anyCond(j, 'Suspended');
    h.eq([s?.status, s?.reason, s?.message, h.sec(s?.lastTransitionTime)], ['False', 'JobResumed', 'Job resumed', 40], 'Suspended condition');
    const c = h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq([h.sec(c.lastTransitionTime), h.sec(j.status.startTime), h.sec(j.status.completionTime)], [101, 40, 101], '[Complete, startTime, completionTime]');
    h.eq([j.status.succeeded, j.status.failed ?? 0, j.status.completedIndexes], [3, 0, '0-2'], '[succeeded, failed, completedIndexes]');
    h.eq(h.podsOf('x').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['2', 0], ['1', 40], ['2', 40]], 'pods');
    h.eq(h.events({ name: 'x', kind: 'Job' }).filter((e) => ['Suspended', 'Resumed'].includes(e.reason)).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['Suspended', 20], ['Resumed', 40]], 'events');
  },
};
