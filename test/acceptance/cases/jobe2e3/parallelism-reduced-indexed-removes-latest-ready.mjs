// Indexed 3/3, parallelism 3: index 1 fails at 50s and is recreated at 60s (ready since then), the others have been ready
// since 0s. Lowering parallelism to 2 at 80s deletes one pod, the one ready for the shortest time (index 1's replacement),
// without counting it as failed (active 2, ready 2, terminating 1 in that sync). Index 1 runs again only when a slot frees:
// at 101s, after indexes 0 and 2 succeed (no back-off: successes reset it); Complete at 152s with failed 1.
export default {
  id: 'jobe2e3/parallelism-reduced-indexed-removes-latest-ready',
  source: 'test/integration/job/job_test.go TestParallelJobChangingParallelism ("Reduce parallelism": Active 2, Terminating tracked) on an Indexed Job, TestIndexedJob; job_controller.go manageJob (rmAtLeast = active - wantActive, activePodsForRemoval, deleteJobPods removes the finalizer first, *jobCtx.terminating += removed), controller_utils.go ActivePods.Less ("Been ready for empty time < less time < more time")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pr}
spec:
  behaviors:
    - selector: {matchLabels: {app: pr}}
      duration: 100s
      perIndex:
        "1": {duration: 50s, exitCodes: [1, 0]}
  timeline:
    - {at: 80s, patch: {kind: Job, name: pr, spec: {parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pr}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {labels: {app: pr}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const pods = h.podsOf('pr');
    h.eq(pods.map((p) => [ix(p), h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp)]), [
      ['0', 0, 'Succeeded', 0, undefined], ['1', 0, 'Failed', 1, undefined], ['2', 0, 'Succeeded', 0, undefined],
      ['1', 60, 'Failed', 143, 110], ['1', 101, 'Succeeded', 0, undefined]], 'pods [index, created, phase, exit, deletionTimestamp]');
    const del = h.events({ kind: 'Job', name: 'pr', reason: 'SuccessfulDelete' });
    h.eq(del.map((e) => [h.sec(e.firstTimestamp), e.message]), [[80, `Deleted pod: ${pods[3].metadata.name}`]], 'the scale-down deletion');
    const job = h.job('pr');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes, h.sec(job.status.completionTime)], [3, 1, '0-2', 152], '[succeeded, failed, completedIndexes, completionTime]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 152], ['Complete', 'CompletionsReached', 152]], 'conditions');
  },
};
