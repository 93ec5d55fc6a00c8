// A running Job with backoffLimitPerIndex writes failedIndexes "" from its first sync (a *string, so "" is kept in
// JSON), while completedIndexes "" is omitted (string omitempty); without backoffLimitPerIndex failedIndexes is absent.
export default {
  id: 'indexed/blpi-status-keys',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers (FailedIndexes = ptr.To(failedIndexes.String()) when jobCtx.failedIndexes != nil); k8s.io/api batch/v1 JobStatus FailedIndexes *string omitempty; job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "single failed pod, not counted..." (FailedIndexes ptr.To("")); reference §2.10',
  args: ['--duration', '5s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: k1}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: k2}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const k1 = h.job('k1');
    h.eq(Object.keys(k1.status).sort(), ['active', 'failedIndexes', 'ready', 'startTime', 'terminating', 'uncountedTerminatedPods'], 'k1 status keys');
    h.eq(k1.status.failedIndexes, '', 'k1 failedIndexes');
    h.eq('failedIndexes' in h.job('k2').status, false, 'k2 has no failedIndexes');
    h.eq(h.podsOf('k1').map((p) => p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']), ['0', '0'], 'first pods carry failure-count "0"');
    h.eq(h.podsOf('k2').map((p) => 'batch.kubernetes.io/job-index-failure-count' in p.metadata.annotations), [false, false], 'no failure-count annotation without backoffLimitPerIndex');
  },
};
