// Pod failure policy task, "avoid unnecessary Pod retries per index" (job-backoff-limit-per-index-failindex.yaml):
// "there are two Pods with index 0, because the backoff limit allowed for one retry of the index. At the same time,
// there is only one Pod with index 1, because the exit code of the failed Pod matched the Pod failure policy with the
// FailIndex action"; failedIndexes "0,1"; "the number of failed Pods ... equals 3"; indexes 2 and 3 complete.
export default {
  id: 'docsexamples/d16-failindex-example',
  source: 'kubernetes.io/docs/tasks/job/pod-failure-policy/#avoid-pod-retries-per-index (job-backoff-limit-per-index-failindex.yaml); pod_failure_policy.go FailIndex; reference job §5, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: failindex
spec:
  behaviors:
  - selector: { matchLabels: { job-name: job-backoff-limit-per-index-failindex } }
    duration: 4s
    perIndex:
      "0": { exitCodes: [1] }
      "1": { exitCodes: [42] }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job-backoff-limit-per-index-failindex
spec:
  completions: 4
  parallelism: 2
  completionMode: Indexed
  backoffLimitPerIndex: 1
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: docker.io/library/python:3
        command:
          - python3
          - -c
          - |
            import os, sys
            index = int(os.environ.get("JOB_COMPLETION_INDEX"))
            if index == 0:
              sys.exit(1)
            elif index == 1:
              sys.exit(42)
            else:
              sys.exit(0)
  backoffLimit: 6
  podFailurePolicy:
    rules:
    - action: FailIndex
      onExitCodes:
        containerName: main
        operator: In
        values: [42]
`,
  check(r, h) {
    const pods = h.podsOf('job-backoff-limit-per-index-failindex');
    const ix = (p) => p.metadata.labels['batch.kubernetes.io/job-completion-index'];
    h.eq(pods.map((p) => [ix(p), p.status.phase, h.exitCodeOf(p)]).sort(), [['0', 'Failed', 1], ['0', 'Failed', 1], ['1', 'Failed', 42], ['2', 'Succeeded', 0], ['3', 'Succeeded', 0]], 'pods per index');
    const job = h.job('job-backoff-limit-per-index-failindex');
    h.eq([job.status.failedIndexes, job.status.failed, job.status.completedIndexes, job.status.succeeded], ['0,1', 3, '2,3', 2], 'status');
    h.hasCond(job, 'Failed', 'FailedIndexes');
  },
};
