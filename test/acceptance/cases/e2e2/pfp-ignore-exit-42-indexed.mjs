// e2e "should allow to use a pod failure policy to ignore failure matching on exit code": Indexed, 3 pods, backoffLimit 2,
// each index fails once with exit 42 then succeeds. The Ignore rule keeps status.failed at 0, but the ignored failures
// still feed the pod-recreation backoff (getNewFinishedPods lists them): 3 failures at 10s -> 10s*2^2 = 40s -> 50s.
export default {
  id: 'e2e2/pfp-ignore-exit-42-indexed',
  source: 'test/e2e/apps/job.go "should allow to use a pod failure policy to ignore failure matching on exit code" (failOncePerIndex, Ignore In [42], backoffLimit numPods-1, WaitForJobComplete CompletionsReached); job_controller.go getNewFinishedPods (isPodFailed, Ignore pods included), backoff_utils.go newBackoffRecord/getRemainingTime',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: fail-pod-ignore-on-exit-code}
spec:
  parallelism: 3
  completions: 3
  backoffLimit: 2
  completionMode: Indexed
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: {operator: In, values: [42]}
  template:
    metadata: {annotations: {jobsim/exit-codes: "42,0"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('fail-pod-ignore-on-exit-code');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'CompletionsReached', 61], ['Complete', 'CompletionsReached', 61]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.completedIndexes, job.status.failedIndexes], [3, 0, '0-2', undefined], 'status');
    const pods = h.podsOf('fail-pod-ignore-on-exit-code');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]).sort(), [
      ['0', 0, 'Failed', 42], ['0', 50, 'Succeeded', 0], ['1', 0, 'Failed', 42], ['1', 50, 'Succeeded', 0], ['2', 0, 'Failed', 42], ['2', 50, 'Succeeded', 0]], 'pods (recreated after the 40s backoff)');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).length, 0, 'no warning events');
  },
};
