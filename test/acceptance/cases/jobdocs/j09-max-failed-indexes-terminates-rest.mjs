// Job concept page, "Backoff limit per index": "When the number of failed indexes exceeds the maxFailedIndexes field,
// the Job controller triggers termination of all remaining running Pods for that Job. Once all pods are terminated,
// the entire Job is marked failed". backoffLimitPerIndex 0, maxFailedIndexes 1: index 0 fails at 10s (1 failed index,
// not more than 1), index 1 at 20s: at 21s two failed indexes -> FailureTarget MaxFailedIndexesExceeded, indexes 2
// and 3 deleted (and counted as failed in that sync: failed 4); they stop at once (143): Failed at 22s.
export default {
  id: 'jobdocs/j09-max-failed-indexes-terminates-rest',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#backoff-limit-per-index; job_controller.go syncJob (failedIndexes.total() > maxFailedIndexes -> JobReasonMaxFailedIndexesExceeded "Job has exceeded the specified maximal number of failed indexes"), deleteActivePods, enactJobFinished',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: max-failed }
spec:
  behaviors:
  - selector: { matchLabels: { job-name: mfi } }
    duration: 100s
    perIndex:
      "0": { duration: 10s, exitCodes: [1] }
      "1": { duration: 20s, exitCodes: [1] }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: mfi
spec:
  completions: 4
  parallelism: 4
  completionMode: Indexed
  backoffLimitPerIndex: 0
  maxFailedIndexes: 1
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('mfi');
    h.eq(job.spec.backoffLimit, 2147483647, 'backoffLimit defaulted to MaxInt32 with backoffLimitPerIndex');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes', 21],
      ['Failed', 'MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes', 22]], 'conditions');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.failed, job.status.succeeded], ['0,1', undefined, 4, undefined], 'status');
    h.eq(h.podsOf('mfi').length, 4, 'no retries');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [21, 21], 'remaining pods deleted');
    h.eq(h.events({ kind: 'Job', reason: 'MaxFailedIndexesExceeded' }).map((e) => [e.type, h.sec(e.firstTimestamp)]), [['Warning', 22]], 'event');
  },
};
