// FailJob while another pod runs: FailureTarget at +11s, the running pod is deleted
// (SuccessfulDelete) and counted failed in that sync (failed 2); Failed (and the Warning event)
// only once no pod is terminating, at the next sync (+12s, the killed pod being terminal).
export default {
  id: 'policy/failjob-kills-running',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "fail job with multiple pods" (wantStatusFailed 2) translated per job-controller.md §2.9; §2.5, §2.7, §2.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: c }
spec:
  behaviors:
  - selector: { matchLabels: { app: w } }
    duration: 1h
    perIndex:
      "1": { duration: 10s, exitCodes: [5] }
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
    - { action: Ignore, onExitCodes: { operator: In, values: [1, 2, 3] } }
    - { action: FailJob, onExitCodes: { operator: In, values: [5, 6, 7] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    const p1 = pods.find((p) => p.metadata.labels['batch.kubernetes.io/job-completion-index'] === '1');
    const p0 = pods.find((p) => p.metadata.labels['batch.kubernetes.io/job-completion-index'] === '0');
    const msg = `Container main-container for pod default/${p1.metadata.name} failed with exit code 5 matching FailJob rule at index 1`;
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'PodFailurePolicy', msg, 11], ['Failed', 'PodFailurePolicy', msg, 12]], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.terminating, job.status.succeeded ?? 0], [2, 0, 0, 0], '[failed, active, terminating, succeeded]');
    const del = h.events({ reason: 'SuccessfulDelete' });
    h.eq(del.map((e) => [e.message, h.sec(e.firstTimestamp)]), [[`Deleted pod: ${p0.metadata.name}`, 11]], 'SuccessfulDelete');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['PodFailurePolicy', 12]], 'Warning event with Failed');
    h.eq(h.sec(p0.metadata.deletionTimestamp), 41, 'killed pod deletionTimestamp (30s grace)');
  },
};
