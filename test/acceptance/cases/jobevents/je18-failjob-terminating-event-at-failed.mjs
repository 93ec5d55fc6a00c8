// podFailurePolicy FailJob on exit code 3 (index 1 at 5s): FailureTarget PodFailurePolicy with the upstream message
// at 6s and SuccessfulDelete of the other pod; the Warning PodFailurePolicy event (same message) only with Failed,
// once that pod stopped (20s after SIGTERM: 26s) -> 27s.
export default {
  id: 'jobevents/je18-failjob-terminating-event-at-failed',
  source: 'job_controller.go syncJob (getFailJobMessage -> FailureTarget PodFailurePolicy), recordJobFinished (Warning finishedCond.Reason, Message); pod_failure_policy.go matchPodFailurePolicy ("Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d")',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: fj}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  podFailurePolicy:
    rules:
      - action: FailJob
        onExitCodes: {operator: In, values: [3]}
  template:
    spec:
      restartPolicy: Never
      containers: [{name: main, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  behaviors:
    - selector: {matchLabels: {batch.kubernetes.io/job-name: fj}}
      duration: 1m
      onSigterm: 20s
      perIndex:
        "1": {exitCodes: [3], duration: 5s}
`,
  check(r, h) {
    const pods = h.podsOf('fj');
    const p1 = pods.find((p) => p.metadata.name.startsWith('fj-1-')).metadata.name;
    const p0 = pods.find((p) => p.metadata.name.startsWith('fj-0-')).metadata.name;
    const msg = `Container main for pod default/${p1} failed with exit code 3 matching FailJob rule at index 0`;
    const ev = h.events({ kind: 'Job', name: 'fj' }).filter((e) => h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    h.eq(ev, [[6, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p0}`], [27, 'Warning', 'PodFailurePolicy', msg]], 'job events after start');
    const s = h.job('fj').status;
    h.eq(s.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'PodFailurePolicy', msg, 6], ['Failed', 'PodFailurePolicy', msg, 27]], 'conditions');
    h.eq([s.failed, s.terminating, s.completedIndexes], [2, 0, undefined], '[failed, terminating, completedIndexes]');
  },
};
