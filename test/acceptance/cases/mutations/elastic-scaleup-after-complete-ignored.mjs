// The API server accepts an elastic scale-up of a finished Indexed Job (validation does not look at status),
// but syncJob returns early for a finished Job: no new pods, status unchanged.
export default {
  id: 'mutations/elastic-scaleup-after-complete-ignored',
  source: 'job_controller.go syncJob (IsJobFinished: return early); validation.go validateCompletions; strategy.go PrepareForUpdate (generation bump)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  duration: 2m
  timeline:
  - {at: 30s, patch: {kind: Job, name: x, spec: {completions: 4, parallelism: 4}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    h.eq([j.spec.completions, j.spec.parallelism, j.metadata.generation], [4, 4, 2], 'spec accepted');
    h.eq(h.podsOf('x').length, 2, 'no new pods');
    h.eq([j.status.succeeded, j.status.completedIndexes, h.sec(j.status.completionTime)], [2, '0,1', 11], 'status unchanged');
    h.eq(h.events({ kind: 'Job', name: 'x', reason: 'SuccessfulCreate' }).length, 2, 'creates');
  },
};
