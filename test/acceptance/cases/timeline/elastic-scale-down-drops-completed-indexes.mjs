// Elastic Indexed Job 4/4: indexes 2 and 3 succeed at 10s (completedIndexes "2,3", succeeded 2);
// scaled to 2/2 at 30s: completed indexes >= completions are dropped when parsed, so succeeded goes
// back to 0 (allowed for elastic Indexed Jobs) and the Job completes with indexes 0,1 only.
export default {
  id: 'timeline/elastic-scale-down-drops-completed-indexes',
  source: 'indexed_job_utils.go calculateSucceededIndexes (parseIndexesFromString(job.Status.CompletedIndexes, completions) drops out-of-range), job_controller.go syncJob (succeeded = succeededIndexes.total()); registry job strategy getStatusValidationOptions ("allow to decrease the counter for succeeded pods for jobs which have equal parallelism and completions")',
  args: ['--trace', '/dev/null'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: el}
spec:
  behaviors:
  - selector: {matchLabels: {app: el}}
    duration: 1m
    perIndex:
      "2": {duration: 10s}
      "3": {duration: 10s}
  timeline:
  - {at: 30s, patch: {kind: Job, name: j, spec: {completions: 2, parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 4
  parallelism: 4
  completionMode: Indexed
  template:
    metadata: {labels: {app: el}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([j.status.succeeded, j.status.completedIndexes], [2, '0,1'], 'final succeeded / completedIndexes');
    h.eq(h.sec(j.status.completionTime), 61, 'Complete when indexes 0,1 finish');
    h.eq(j.status.failed ?? 0, 0, 'nothing failed');
    h.eq(h.podsOf('j').length, 4, 'no new pods');
  },
};
