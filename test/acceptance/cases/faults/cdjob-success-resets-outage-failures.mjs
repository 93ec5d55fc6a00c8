// Two Indexed Jobs, controllerDown job 5s-15s. In "before", index 0 fails at 6s and index 1 succeeds at 12s:
// the relist sees the failure older than the success, so failuresAfterLastSuccess = 0 and index 0 is
// re-created at the return (15s). In "after", index 1 succeeds at 6s and index 0 fails at 12s: one failure
// after the last success, back-off 10s from 12s: re-created at 22s.
const job = (name, d0, d1) => `
apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'faults/cdjob-success-resets-outage-failures',
  source: 'pkg/controller/job/backoff_utils.go newBackoffRecord (with new succeeded pods: count only failures finished after the last success, lastFailureTime the newest of them)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rs}
spec:
  faults:
  - {at: 5s, controllerDown: job, for: 10s}
  behaviors:
  - selector: {matchLabels: {app: before}}
    duration: 6s
    perIndex:
      "0": {exitCodes: [1, 0], duration: 6s}
      "1": {duration: 12s}
  - selector: {matchLabels: {app: after}}
    perIndex:
      "0": {exitCodes: [1, 0], duration: 12s}
      "1": {duration: 6s}
---${job('before')}---${job('after')}`,
  check(r, h) {
    const idx0 = (j) => h.podsOf(j).filter((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '0').map((p) => h.sec(p.metadata.creationTimestamp));
    h.eq(idx0('before'), [0, 15], 'before: index 0 re-created at the return');
    h.eq(idx0('after'), [0, 22], 'after: index 0 re-created 10s after its failure');
  },
};
