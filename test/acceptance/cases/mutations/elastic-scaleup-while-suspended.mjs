// An Indexed Job created suspended (2/2) is scaled to 4/4 while suspended, then resumed at 20s: the four
// indexes 0-3 are created in the resume sync; Complete at 31s with completedIndexes "0-3".
export default {
  id: 'mutations/elastic-scaleup-while-suspended',
  source: 'validation.go validateCompletions (elastic Indexed); job_controller.go manageJob (firstPendingIndexes), syncJob resume; reference §8, §14',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 10s, patch: {kind: Job, name: x, spec: {completions: 4, parallelism: 4}}}
  - {at: 20s, patch: {kind: Job, name: x, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  suspend: true
  completions: 2
  parallelism: 2
  completionMode: Indexed
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    h.eq(h.podsOf('x').map((p) => [ix(p), h.sec(p.metadata.creationTimestamp)]).sort(), [['0', 20], ['1', 20], ['2', 20], ['3', 20]], 'pods');
    const j = h.job('x');
    h.eq([j.status.succeeded, j.status.completedIndexes, h.sec(j.status.startTime), h.sec(j.status.completionTime), j.metadata.generation], [4, '0-3', 20, 31, 3], 'status');
  },
};
