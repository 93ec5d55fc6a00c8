// e2e "should allow to use a pod failure policy to ignore failure for an evicted pod; matching on the exit code"
// (1.28-1.31 version): Indexed, backoffLimit 0, Ignore on exit codes [1, 137]. The index-0 pod ignores SIGTERM; evicted
// at 20s it is terminating (status.terminating 1, no replacement: podFailurePolicy implies podReplacementPolicy Failed)
// until SIGKILL at the 30s grace end (50s, exit 137). The failure is ignored; index 0 is re-created at 60s (10s backoff).
export default {
  id: 'e2e2/pfp-ignore-evicted-exit-137',
  source: 'test/e2e/apps/job.go (release-1.29) "should allow to use a pod failure policy to ignore failure for an evicted pod; matching on the exit code" (Ignore In [1, 137], EvictV1, WaitForJobComplete); apis/batch/v1/defaults.go (podReplacementPolicy Failed with podFailurePolicy); job_controller.go manageJob (terminating pods not replaced)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {job: ev}}
    duration: 5s
    perIndex:
      "0": {duration: 60s, onSigterm: ignore}
  faults:
  - {at: 20s, evictPod: default/evicted-pod-ignore-on-exit-code-0-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: evicted-pod-ignore-on-exit-code}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 0
  completionMode: Indexed
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: {operator: In, values: [1, 137]}
  template:
    metadata: {labels: {job: ev}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('evicted-pod-ignore-on-exit-code');
    h.eq(job.spec.podReplacementPolicy, 'Failed', 'podReplacementPolicy defaulted');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'CompletionsReached', 121], ['Complete', 'CompletionsReached', 121]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.completedIndexes], [4, 0, '0-3'], 'status');
    const evicted = h.get('Pod', 'evicted-pod-ignore-on-exit-code-0-bn7wn');
    const t = evicted.status.containerStatuses[0].state.terminated;
    h.eq([evicted.status.phase, t.exitCode, t.reason, h.sec(t.finishedAt), h.sec(evicted.metadata.deletionTimestamp)], ['Failed', 137, 'Error', 50, 50], 'evicted pod SIGKILLed at the grace end');
    const idx0 = h.podsOf('evicted-pod-ignore-on-exit-code').filter((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '0');
    h.eq(idx0.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Failed'], [60, 'Succeeded']], 'index 0 replaced only after it failed, 10s backoff');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp), e.message]), [['evicted-pod-ignore-on-exit-code-0-bn7wn', 20, 'Stopping container c']], 'Killing event');
  },
};
