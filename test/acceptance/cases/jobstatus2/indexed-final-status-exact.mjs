// Indexed, completions 3, parallelism 3, 10s pods: the whole final status. completedIndexes "0-2", succeeded 3 (the
// number of completed indexes), no failedIndexes (no backoffLimitPerIndex: nil pointer, omitted), no active/failed,
// ready and terminating 0, completionTime and both conditions at 11s.
export default {
  id: 'jobstatus2/indexed-final-status-exact',
  source: 'pkg/controller/job/job_controller.go trackJobStatusAndRemoveFinalizers (CompletedIndexes = succeededIndexes.String(); FailedIndexes only with backoffLimitPerIndex), enactJobFinished; batch/v1 JobStatus omitempty',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    const sorted = (m) => Object.fromEntries(Object.keys(m ?? {}).sort().map((k) => [k, m[k]]));
    const t = '2026-01-01T00:00:11Z';
    const c = (type) => ({ type, status: 'True', lastProbeTime: t, lastTransitionTime: t, reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' });
    h.eq(sorted(h.job('ix').status), sorted({ succeeded: 3, ready: 0, terminating: 0, startTime: '2026-01-01T00:00:00Z', completionTime: t, completedIndexes: '0-2', uncountedTerminatedPods: {}, conditions: [c('SuccessCriteriaMet'), c('Complete')] }), 'status');
  },
};
