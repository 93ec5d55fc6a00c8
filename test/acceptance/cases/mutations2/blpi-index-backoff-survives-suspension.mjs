// Per-index back-off survives a suspension: index 0 fails at 10s (delay 10s); index 1 succeeded at 10s. The Job is
// suspended at 12s (no active pod to delete) and resumed at 14s (startTime 14s). Only index 0 is pending, and its
// new pod waits for the per-index back-off: created at 20s with failure-count 1. Complete at 31s, completedIndexes
// "0,1", failed 1, failedIndexes "".
export default {
  id: 'mutations2/blpi-index-backoff-survives-suspension',
  source: 'job_controller.go manageJob / getNewIndexedPodsToCreate (per-index backoff: getRemainingTimePerIndex from the last failed pod of the index), syncJob (resume resets startTime); reference job-controller §3.4, §8',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 12s, patch: {kind: Job, name: x, spec: {suspend: true}}}
  - {at: 14s, patch: {kind: Job, name: x, spec: {suspend: false}}}
  behaviors:
  - selector: {matchLabels: {app: x}}
    duration: 10s
    perIndex:
      "0": {exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  backoffLimitPerIndex: 3
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp), p.status.phase, p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']]);
    h.eq(pods, [['0', 0, 'Failed', '0'], ['1', 0, 'Succeeded', '0'], ['0', 20, 'Succeeded', '1']], 'pods [index, created, phase, failure-count]');
    const j = h.job('x');
    h.eq([j.status.completedIndexes, j.status.failedIndexes, j.status.failed, j.status.succeeded, h.sec(j.status.startTime), h.sec(j.status.completionTime)], ['0,1', '', 1, 2, 14, 31], '[completedIndexes, failedIndexes, failed, succeeded, startTime, completionTime]');
    h.eq(h.events({ kind: 'Job', name: 'x' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [12, 'Suspended'], [14, 'Resumed'], [20, 'SuccessfulCreate'], [31, 'Completed']], 'events');
  },
};
