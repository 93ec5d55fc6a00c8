// test/e2e/apps/job.go "should allow to use a pod failure policy to ignore failure for an evicted pod;
// matching on the exit code": the index-0 pod ignores SIGTERM (a shell as PID 1), so after the
// eviction the kubelet SIGKILLs it once the stop window ends (grace 1s, raised to the 2s minimum):
// exit 137, which the Ignore rule matches; the index is re-created and the Job completes.
export default {
  id: 'sigterm/sg01-evicted-137-ignored',
  source: 'test/e2e/apps/job.go (ignore failure for an evicted pod; matching on the exit code); kuberuntime_container.go killContainer (minimumGracePeriodInSeconds 2, StopContainer then SIGKILL)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {job: ev}}
    duration: 5s
    perIndex:
      "0": {duration: 1h, onSigterm: ignore}
  faults:
  - {at: 30s, evictPod: default/ev-0-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ev}
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
      terminationGracePeriodSeconds: 1
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const first = h.get('Pod', 'ev-0-bn7wn');
    const t = first.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [137, 'Error', 32], 'SIGKILLed at the end of the 2s stop window');
    h.eq(first.status.phase, 'Failed', 'evicted pod phase');
    const index0 = h.podsOf('ev').filter((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '0');
    h.eq(index0.length, 2, 'index 0 re-created once');
    h.eq(h.sec(index0[1].metadata.creationTimestamp), 42, 'replacement 10s after the pod finished');
    const j = h.job('ev');
    h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq([j.status.succeeded, j.status.failed ?? 0], [4, 0], 'the ignored failure is not counted');
  },
};
