// An elastic Indexed Job 3/3 scaled to 0/0 at 10s: every pod is out of range and deleted (not counted), and with
// 0 succeeded >= 0 completions and no active pod the Job meets its success criteria in that sync (10s); Complete
// follows at 11s once the deleted pods (SIGTERM, exit 143) have ended (terminating 0). succeeded 0, failed 0.
export default {
  id: 'mutations2/elastic-scale-to-zero-completes',
  source: 'validation.go validateCompletions (completions == parallelism: allowed); job_controller.go activePodsForRemoval/appendDuplicatedIndexPodsForRemoval (ix >= completions removed), syncJob (complete = succeeded >= completions && active == 0 -> SuccessCriteriaMet; Complete when terminating == 0)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 10s, patch: {kind: Job, name: x, spec: {completions: 0, parallelism: 0}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    metadata: {annotations: {jobsim/duration: 60s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    h.eq((j.status.conditions ?? []).map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 10], ['Complete', 'CompletionsReached', 11]], 'conditions');
    h.eq([j.status.succeeded ?? 0, j.status.failed ?? 0, j.status.terminating, j.status.completedIndexes ?? '', h.sec(j.status.completionTime)], [0, 0, 0, '', 11], '[succeeded, failed, terminating, completedIndexes, completionTime]');
    h.eq(h.podsOf('x').map((p) => [p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp)]), [['Failed', 143, 40], ['Failed', 143, 40], ['Failed', 143, 40]], 'pods [phase, exit, deletionTimestamp]');
    h.eq(h.events({ kind: 'Job', name: 'x', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [10, 10, 10], 'three deletions at 10s');
  },
};
