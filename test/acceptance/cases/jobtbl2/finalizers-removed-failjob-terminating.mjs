// FailJob at +10s (exit 3 of index 0) while index 1 runs with a 20s preStop sleep: index 1 is deleted
// and its tracking finalizer removed in the FailureTarget sync (+11s), although it terminates only at
// +31s; Failed waits for it (+32s). No pod keeps the finalizer.
export default {
  id: 'jobtbl2/finalizers-removed-failjob-terminating',
  source: 'job_controller_test.go TestFinalizerCleanup, TestSyncJobWithJobPodFailurePolicy "fail job with multiple pods; JobPodReplacementPolicy enabled delays setting terminal condition"; job_controller.go canRemoveFinalizer (finishedCondition != nil), enactJobFinished (terminating > 0); reference §2.7, §2.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 5m
    perIndex:
      "0": { duration: 10s, exitCodes: [3] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [3] } }
  template:
    metadata: { labels: { app: x } }
    spec:
      terminationGracePeriodSeconds: 30
      containers:
      - name: c
        image: busybox
        lifecycle: { preStop: { sleep: { seconds: 20 } } }
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    const p0 = h.podsOf('x').find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '0');
    h.eq(ft.message, `Container c for pod default/${p0.metadata.name} failed with exit code 3 matching FailJob rule at index 0`, 'message');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], [11, 32], 'FailureTarget, Failed');
    h.eq([j.status.failed, j.status.terminating, j.status.active ?? 0], [2, 0, 0], '[failed, terminating, active]');
    h.eq(h.podsOf('x').map((p) => p.metadata.finalizers ?? []), [[], []], 'finalizers');
    h.eq(h.events({ name: 'x', kind: 'Job', type: 'Warning' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['PodFailurePolicy', 32]], 'warning events');
  },
};
