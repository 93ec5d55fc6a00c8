// validateCompletions compares the new completions with the new parallelism: a patch of completions alone
// is accepted when it equals the (unchanged) parallelism. 4 completions / parallelism 2 -> completions 2 at 5s:
// indexes 0,1 (created at 0s, 10s) succeed at 10s, Complete at 11s with completedIndexes "0,1".
export default {
  id: 'mutations/val-indexed-completions-equal-parallelism-accepted',
  source: 'pkg/apis/batch/validation/validation.go validateCompletions (*spec.Completions != *spec.Parallelism on the new spec); job_controller.go manageJob',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: x, spec: {completions: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 4
  parallelism: 2
  completionMode: Indexed
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    h.eq([j.spec.completions, j.spec.parallelism, j.metadata.generation], [2, 2, 2], 'spec after patch');
    h.eq(h.podsOf('x').length, 2, 'pods');
    h.eq([j.status.succeeded, j.status.completedIndexes, h.sec(j.status.completionTime)], [2, '0,1', 11], 'status');
    h.hasCond(j, 'Complete', 'CompletionsReached');
  },
};
