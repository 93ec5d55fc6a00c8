// ttlSecondsAfterFinished with a FailJob rule: index 0 exits 42 at 10s while index 1 runs 100s. FailureTarget at
// 11s, the index-1 pod is deleted (killed, counted failed: failed 2), Failed at 12s once nothing is terminating;
// the TTL counts from Failed: the Job is deleted (foreground) at 12 + 5 = 17s, and so are its pods.
export default {
  id: 'interplay/ttl-after-failjob-with-running-sibling',
  source: 'ttlafterfinished_controller.go processTTL/timeLeft (jobFinishTime = Failed lastTransitionTime, foreground deletion), job_controller.go getFailJobMessage, deleteActivePods, enactJobFinished (terminating > 0 delays Failed); reference §2.8, §5, §10',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip7}
spec:
  behaviors:
    - selector: {matchLabels: {app: t}}
      duration: 100s
      perIndex:
        "0": { duration: 10s, exitCodes: [42] }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completionMode: Indexed
  parallelism: 2
  completions: 2
  ttlSecondsAfterFinished: 5
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [42]}
  template:
    metadata:
      labels: {app: t}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'two pods');
    const p0 = pods.find((p) => p.metadata.name.startsWith('j-0-'));
    const p1 = pods.find((p) => p.metadata.name.startsWith('j-1-'));
    const msg = `Container c for pod default/${p0.metadata.name} failed with exit code 42 matching FailJob rule at index 0`;
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'PodFailurePolicy', msg, 11], ['Failed', 'PodFailurePolicy', msg, 12]], 'conditions');
    h.eq(job.status.failed, 2, 'failed: the FailJob pod and the killed sibling');
    h.eq(h.exitCodeOf(p1), 143, 'the sibling was killed');
    h.eq(h.sec(job.metadata.deletionTimestamp), 17, 'Job deleted 5s after Failed (not after FailureTarget)');
    h.eq([h.sec(p0.metadata.deletionTimestamp), h.sec(p1.metadata.deletionTimestamp)], [17, 41], 'deletionTimestamp: the failed pod by the cascade at 17s, the sibling at 11s + 30s grace');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'PodFailurePolicy' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [['Warning', msg, 12]], 'Warning event with Failed');
  },
};
