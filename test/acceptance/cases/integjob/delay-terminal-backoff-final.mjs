// TestDelayTerminalPhaseCondition "job backoff limit exceeded; JobPodReplacementPolicy enabled" (terminal status):
// 2 pods, backoffLimit 0, one pod fails: FailureTarget (BackoffLimitExceeded) at once, Failed only when the other pod,
// deleted by the controller, is gone (5s preStop); Failed 2 (the killed pod counts), Terminating 0, Ready 0.
// (Indexed so that the two pods can behave differently; the test's Job is NonIndexed, the rule is the same.)
export default {
  id: 'integjob/delay-terminal-backoff-final',
  source: 'test/integration/job/job_test.go TestDelayTerminalPhaseCondition "job backoff limit exceeded; JobPodReplacementPolicy enabled" (wantTerminalStatus Failed 2, Terminating 0, [FailureTarget, Failed]); reference §2.8, §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: delay-terminal}
spec:
  behaviors:
    - selector: {matchLabels: {app: dt}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1]}
        "1": {duration: 300s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dt}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimit: 0
  template:
    metadata: {labels: {app: dt}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo, lifecycle: {preStop: {sleep: {seconds: 5}}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('dt');
    const m = 'Job has reached the specified backoff limit';
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'BackoffLimitExceeded', m, 11],
      ['Failed', 'True', 'BackoffLimitExceeded', m, 17],
    ], 'conditions');
    h.eq([job.status.active ?? 0, job.status.failed, job.status.succeeded ?? 0, job.status.ready, job.status.terminating, job.status.uncountedTerminatedPods], [0, 2, 0, 0, 0, {}], '[active, failed, succeeded, ready, terminating, uncounted]');
    h.eq(h.events({ kind: 'Job', name: 'dt', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['BackoffLimitExceeded', m, 17]], 'warning events (only with Failed)');
    h.eq(job.status.completionTime, undefined, 'completionTime');
  },
};
