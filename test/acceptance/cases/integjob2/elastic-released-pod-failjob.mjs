// TestElasticIndexedJob "scale down" + TestJobPodFailurePolicy (FailJob): the pod failure policy is checked against
// every Failed pod the Job owns, counted or not. 3/3 Indexed with a FailJob rule on exit code 5, scaled to 1/1 at 10s:
// indexes 1 and 2 are deleted (finalizer removed). Index 2 ignores SIGTERM, ends on its own at 20s with exit code 5,
// and stays (a user finalizer holds it): the next sync (21s) finds it and adds FailureTarget (PodFailurePolicy), deletes
// the in-range pod of index 0 and counts only that one failed (failed 1). Failed once nothing terminates (52s).
export default {
  id: 'integjob2/elastic-released-pod-failjob',
  source: 'test/integration/job/job_test.go TestElasticIndexedJob "scale down", TestJobPodFailurePolicy; job_controller.go getFailJobMessage (all pods of the Job, isPodFailed, no finalizer check), syncJob, trackJobStatusAndRemoveFinalizers (pods without the finalizer skipped; ix < completions), deletePod (update with deletionTimestamp -> enqueueSyncJobBatched)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: elfj}
spec:
  timeline:
    - {at: 10s, patch: {kind: Job, name: el, spec: {completions: 1, parallelism: 1}}}
  behaviors:
    - selector: {matchLabels: {app: el}}
      duration: 60s
      onSigterm: ignore
      perIndex:
        "2": {duration: 20s, exitCodes: [5]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: el}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  podFailurePolicy:
    rules:
      - action: FailJob
        onExitCodes: {operator: In, values: [5]}
  template:
    metadata: {labels: {app: el}, finalizers: [example.com/keep]}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('el');
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const msg = `Container main-container for pod default/${pods.find((p) => ix(p) === '2').metadata.name} failed with exit code 5 matching FailJob rule at index 0`;
    const job = h.job('el');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'PodFailurePolicy', msg, 21], ['Failed', 'PodFailurePolicy', msg, 52],
    ], 'conditions');
    h.eq([job.status.failed, job.status.succeeded ?? 0, job.status.active ?? 0, job.status.terminating], [1, 0, 0, 0], '[failed, succeeded, active, terminating]');
    h.eq(pods.map((p) => [ix(p), p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp)]), [['0', 'Failed', 137, 51], ['1', 'Failed', 137, 40], ['2', 'Failed', 5, 40]], 'pods [index, phase, exit code, deletionTimestamp]');
    h.eq(h.events({ kind: 'Job', name: 'el', reason: 'SuccessfulDelete' }).map((e) => [e.message.replace(/-[a-z0-9]{5}$/, '-*'), h.sec(e.firstTimestamp)]),
      [['Deleted pod: el-1-*', 10], ['Deleted pod: el-2-*', 10], ['Deleted pod: el-0-*', 21]], 'deletions');
  },
};
