// Job concept page, "Pod backoff failure policy": with restartPolicy OnFailure the retries are "the number of
// retries in all the containers of Pods with .status.phase equal to Pending or Running". Two containers that fail
// every 10s: both restart at once at 10s (sum 2), then wait the 10s crash-loop back-off and restart at 30s (sum 4 >=
// backoffLimit 3): FailureTarget at 31s (pod updates batched 1s), the pod is deleted and its containers stopped (143),
// Failed at 32s; the single pod counts as one failure.
export default {
  id: 'jobdocs/j03-onfailure-restarts-of-all-containers',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#pod-backoff-failure-policy; job_controller.go pastBackoffLimitOnFailure (sum of RestartCount over init and app containers of Pending/Running pods, >= backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: two-containers
spec:
  backoffLimit: 3
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: a
        image: busybox:1.36
      - name: b
        image: busybox:1.36
      restartPolicy: OnFailure
`,
  check(r, h) {
    const [pod] = h.podsOf('two-containers');
    h.eq(pod.status.containerStatuses.map((c) => [c.name, c.restartCount]), [['a', 2], ['b', 2]], 'restart counts');
    h.eq([pod.status.phase, h.podsOf('two-containers').length], ['Failed', 1], 'pod deleted, not replaced');
    const job = h.job('two-containers');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 31], ['Failed', 'BackoffLimitExceeded', 32]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded], [1, undefined], 'counts');
    h.eq(h.events({ kind: 'Pod', reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [20, 20], 'one back-off per container');
  },
};
