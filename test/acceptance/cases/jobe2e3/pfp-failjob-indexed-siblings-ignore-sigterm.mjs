// Indexed 4/4, FailJob on exit 42 of container "main": index 0 succeeded at 5s, index 1 exits 42 at 10s. The 11s sync adds
// FailureTarget (PodFailurePolicy, the rule's message) and deletes indexes 2 and 3, whose containers ignore SIGTERM: they are
// counted failed at once (failed 3) but stay terminating until SIGKILL at 41s (exit 137); Failed, with the same message,
// and the Warning event come at 42s. completedIndexes "0" and succeeded 1 stay.
export default {
  id: 'jobe2e3/pfp-failjob-indexed-siblings-ignore-sigterm',
  source: 'test/integration/job/job_test.go TestJobPodFailurePolicy "pod status matching the configured FailJob rule on exit codes; job terminated" and TestDelayTerminalPhaseCondition (FailureTarget, then Failed once Terminating 0); test/e2e/apps/job.go "should allow to use the pod failure policy on exit code to fail the job early"; pod_failure_policy.go matchPodFailurePolicy ("Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d"); job_controller.go deleteActivePods, enactJobFinished, recordJobFinished',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fj}
spec:
  behaviors:
    - selector: {matchLabels: {app: fj}}
      duration: 1h
      onSigterm: ignore
      perIndex:
        "0": {duration: 5s}
        "1": {duration: 10s, exitCodes: [42]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fj}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {containerName: main, operator: In, values: [42]}
  template:
    metadata: {labels: {app: fj}}
    spec:
      containers: [{name: main, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('fj');
    const pods = h.podsOf('fj');
    const failer = pods.find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '1');
    const m = `Container main for pod default/${failer.metadata.name} failed with exit code 42 matching FailJob rule at index 0`;
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'PodFailurePolicy', m, 11], ['Failed', 'PodFailurePolicy', m, 42]], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed, job.status.active ?? 0, job.status.terminating], [1, '0', 3, 0, 0],
      '[succeeded, completedIndexes, failed, active, terminating]');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)]),
      [['0', 'Succeeded', 0, 5], ['1', 'Failed', 42, 10], ['2', 'Failed', 137, 41], ['3', 'Failed', 137, 41]], 'pods [index, phase, exit, finishedAt]');
    h.eq(h.events({ kind: 'Job', name: 'fj' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]),
      [[11, 'Normal', 'SuccessfulDelete'], [11, 'Normal', 'SuccessfulDelete'], [42, 'Warning', 'PodFailurePolicy']], 'events');
    h.eq(h.events({ kind: 'Job', name: 'fj', reason: 'PodFailurePolicy' })[0].message, m, 'event message');
  },
};
