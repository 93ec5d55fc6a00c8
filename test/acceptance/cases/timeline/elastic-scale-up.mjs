// Elastic Indexed Job 2/2 scaled to 4/4 at 30s: indexes 2 and 3 are created at once (spec change:
// immediate sync); Complete when all four indexes succeeded, completedIndexes "0-3".
export default {
  id: 'timeline/elastic-scale-up',
  source: 'validation.go validateCompletions (Indexed: completions == parallelism); job_controller.go updateJob (immediate sync), manageJob (firstPendingIndexes), indexed_job_utils.go (interval string "0-3"); reference job §1.3, §14',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: up}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: j, spec: {completions: 4, parallelism: 4}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]).sort(), [['0', 0], ['1', 0], ['2', 30], ['3', 30]], 'index, created');
    h.eq([j.status.succeeded, j.status.completedIndexes], [4, '0-3'], 'status');
    h.eq(h.sec(j.status.completionTime), 91, 'Complete at 90s + 1s');
    h.eq(j.metadata.generation, 2, 'generation');
  },
};
