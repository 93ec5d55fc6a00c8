// Indexed, 2 pods: index 0 exits 42 at 10s and matches a FailJob rule. At 11s: FailureTarget, the Job controller deletes
// index 1's pod (SuccessfulDelete, grace 30: deletionTimestamp 41s), the kubelet kills it (exit 143). Failed is written at
// 12s once nothing is terminating, and ttlSecondsAfterFinished 15 counts from it: the Job is deleted at 27s, not 26s.
// Index 0's pod is collected then with grace 0; index 1's pod keeps the Job controller's deletion (41s).
export default {
  id: 'deletion2/ttl-after-failjob-kill',
  source: 'job_controller.go (FailJob -> FailureTarget, deleteActivePods, Failed once terminating == 0); controller_utils.go RealPodControl.DeletePod (SuccessfulDelete); ttlafterfinished_controller.go jobFinishTime (Failed, not FailureTarget)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  behaviors:
  - selector: {matchLabels: {app: fj}}
    duration: 1h
    perIndex:
      "0": {duration: 10s, exitCodes: [42]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fj}
spec:
  parallelism: 2
  completions: 2
  completionMode: Indexed
  ttlSecondsAfterFinished: 15
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [42]}
  template:
    metadata: {labels: {app: fj}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('fj');
    h.eq(h.sec(h.hasCond(j, 'FailureTarget', 'PodFailurePolicy').lastTransitionTime), 11, 'FailureTarget');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'PodFailurePolicy').lastTransitionTime), 12, 'Failed');
    h.eq(h.sec(j.metadata.deletionTimestamp), 27, 'TTL from Failed');
    const pods = h.podsOf('fj').map((p) => [p.metadata.labels['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds]);
    h.eq(pods.sort(), [['0', 'Failed', 42, 27, 0], ['1', 'Failed', 143, 41, 30]], 'pods');
    const p1 = h.podsOf('fj').find((p) => p.metadata.labels['batch.kubernetes.io/job-completion-index'] === '1').metadata.name;
    h.eq(h.events({ reason: 'SuccessfulDelete', name: 'fj' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[11, `Deleted pod: ${p1}`]], 'only the Job controller reports a deletion');
  },
};
