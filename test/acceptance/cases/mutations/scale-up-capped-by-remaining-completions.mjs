// completions 3, parallelism 1 -> 10 at 5s: wantActive = min(completions - succeeded, parallelism) = 3, so only
// 2 pods are added, at once (spec change: immediate sync). Complete at 16s (last success at 15s + 1s batching).
export default {
  id: 'mutations/scale-up-capped-by-remaining-completions',
  source: 'job_controller.go manageJob (wantActive clamp; slow-start createPods), updateJob (generation change: enqueueSyncJobImmediately)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: x, spec: {parallelism: 10}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 3
  parallelism: 1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('x').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 5, 5], 'pod creation times');
    const j = h.job('x');
    h.eq([j.status.succeeded, h.sec(j.status.completionTime), j.spec.parallelism], [3, 16, 10], '[succeeded, completionTime, parallelism]');
  },
};
