// Elastic Indexed Job: lowering completions and parallelism together (4 -> 2) deletes the pods of indexes >= 2, not
// counted as failed; the Job completes with completedIndexes "0,1".
export default {
  id: 'job/elastic-indexed',
  source: 'validation.go (Indexed completions mutable when equal to parallelism), job_controller.go activePodsForRemoval / appendDuplicatedIndexPodsForRemoval (index >= completions first); reference §1.3, §2.6 step 3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: el}
spec:
  timeline:
    - { at: 30s, patch: { kind: Job, name: el, spec: { completions: 2, parallelism: 2 } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: el
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  template:
    metadata:
      annotations:
        jobsim/duration: "100s"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const deleted = h.podsOf('el').filter((p) => p.metadata.deletionTimestamp).map((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index']).sort();
    h.eq(deleted, ['2', '3'], 'indexes of the deleted pods');
    h.eq(h.events({ kind: 'Job', name: 'el', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [30, 30], 'deletions at the patch');
    const job = h.job('el');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed ?? 0], ['0,1', 2, 0], '[completedIndexes, succeeded, failed]');
    h.eq(h.sec(job.status.completionTime), 101, 'completionTime');
  },
};
