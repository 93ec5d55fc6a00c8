// Job concept page, "Job termination and cleanup": "Once backoffLimit has been reached the Job will be marked as failed
// and any running Pods will be terminated", and since 1.31 the terminal condition waits for them: index 0 fails at
// 10s (backoffLimit 0), FailureTarget at 11s and index 1 is deleted (counted as failed in that sync); it ignores SIGTERM
// and is killed at the end of its 15s grace period (26s, exit 137): Failed at 27s with the same reason and message.
export default {
  id: 'jobdocs/j06-backofflimit-terminates-running-pods',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup, #terminal-job-conditions; job_controller.go deleteActivePods, trackJobStatusAndRemoveFinalizers (finishedCondition != nil: non-terminated pods counted failed), enactJobFinished (terminating > 0 delays)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: stop }
spec:
  behaviors:
  - selector: { matchLabels: { job-name: stop } }
    duration: 100s
    onSigterm: ignore
    perIndex:
      "0": { duration: 10s, exitCodes: [1] }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: stop
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  backoffLimit: 0
  template:
    spec:
      terminationGracePeriodSeconds: 15
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('stop');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 11],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 27]], 'conditions');
    h.eq([job.status.failed, job.status.terminating, job.status.completedIndexes], [2, 0, undefined], 'status');
    const p1 = h.podsOf('stop').find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '1');
    h.eq([h.sec(p1.metadata.deletionTimestamp), h.exitCodeOf(p1), h.sec(p1.status.containerStatuses[0].state.terminated.finishedAt)], [26, 137, 26], 'running pod killed after its grace period');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [[`Deleted pod: ${p1.metadata.name}`, 11]], 'deleted');
    h.eq(h.events({ kind: 'Job', reason: 'BackoffLimitExceeded' }).map((e) => h.sec(e.firstTimestamp)), [27], 'event with Failed');
  },
};
