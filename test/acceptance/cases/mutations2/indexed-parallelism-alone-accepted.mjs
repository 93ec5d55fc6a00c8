// For an Indexed Job, changing parallelism alone leaves completions unchanged, so validateCompletions has nothing
// to check (no "in tandem" error even though completions != parallelism): 4 completions, parallelism 1 -> 2 at 5s.
// Index 1 starts at 5s; indexes 2 and 3 follow at 11s and 16s (1s batching); Complete at 27s.
export default {
  id: 'mutations2/indexed-parallelism-alone-accepted',
  source: 'pkg/apis/batch/validation/validation.go validateCompletions (Semantic.DeepEqual(completions, old) -> no error); job_controller.go manageJob (firstPendingIndexes, lowest first)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: x, spec: {parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 4
  parallelism: 1
  completionMode: Indexed
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('x').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 5], ['2', 11], ['3', 16]], 'pods [index, created]');
    const j = h.job('x');
    h.eq([j.metadata.generation, j.spec.completions, j.status.completedIndexes, h.sec(j.status.completionTime)], [2, 4, '0-3', 27], '[generation, completions, completedIndexes, completionTime]');
  },
};
