// A behaviour's selector is matched against the POD's labels, including the
// batch.kubernetes.io/job-completion-index label the Job controller adds to Indexed pods
// (PodIndexLabel, GA in 1.32): only index 1 gets the rule (40s; exit 3 then 0); index 0 and 2 run the
// 10s default. Index 1 fails at 40s and its replacement starts 10s later (pod backoff).
export default {
  id: 'workload/selector-completion-index-label',
  source: 'CONTRACT.md §2 behaviors ("a LabelSelector on the pod\'s labels"); pkg/controller/job/indexed_job_utils.go addCompletionIndexLabel (batch.kubernetes.io/job-completion-index); job_controller.go getPodBackoff 10s',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sel}
spec:
  behaviors:
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "1"}}
    duration: 40s
    exitCodes: [3, 0]
---
apiVersion: batch/v1
kind: Job
metadata: {name: idx}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const rows = h.podsOf('idx').map((p) => {
      const t = p.status.containerStatuses[0].state.terminated;
      return [p.metadata.labels['batch.kubernetes.io/job-completion-index'], t.exitCode, h.sec(t.startedAt), h.sec(t.finishedAt)];
    }).sort((a, b) => a[0].localeCompare(b[0]) || a[2] - b[2]);
    h.eq(rows, [['0', 0, 0, 10], ['1', 3, 0, 40], ['1', 0, 50, 90], ['2', 0, 0, 10]], 'per-index runs');
    h.eq(h.job('idx').status.completedIndexes, '0-2', 'completedIndexes');
    h.eq(h.job('idx').status.failed, 1, 'failed');
  },
};
