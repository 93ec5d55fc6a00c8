// The OnFailure restart sum is taken over all of the Job's Running/Pending pods. Indexed, 2 pods: index 0's
// container runs 10s, index 1's 25s, both always exit 1. Restarts: index 0 at 10s (immediate) and 30s (after the
// 10s crash-loop back-off), index 1 at 25s. The sum goes 1 (10s), 2 (25s), 3 (30s): with backoffLimit 3 the Job
// fails at 31s, and both pods are deleted and counted failed.
export default {
  id: 'onfailure/indexed-restart-sum-across-pods',
  source: 'job_controller.go pastBackoffLimitOnFailure (loop over all pods), syncJob (finishedCondition -> deleteActivePods), trackJobStatusAndRemoveFinalizers (every non-succeeded pod counted failed when the Job fails); kubelet doBackOff',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ix}
spec:
  behaviors:
  - selector: {matchLabels: {job-name: ix}}
    duration: 10s
    exitCodes: [1]
    perIndex:
      "1": {duration: 25s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimit: 3
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('ix');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 31], ['Failed', 'BackoffLimitExceeded', 32]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes], [2, undefined, undefined], '[failed, succeeded, completedIndexes (omitempty)]');
    const pods = h.podsOf('ix');
    h.eq(pods.length, 2, 'two pods, none replaced');
    const byIx = Object.fromEntries(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p]));
    h.eq([byIx['0'].status.containerStatuses[0].restartCount, byIx['1'].status.containerStatuses[0].restartCount], [2, 1], 'restart counts [index 0, index 1]');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [31, 31], 'both pods deleted at 31s');
  },
};
