// TestDelayTerminalPhaseCondition "job backoff limit exceeded; JobPodReplacementPolicy enabled" (wantInterimStatus):
// while the killed pod is still terminating: Failed 2, Ready 0, Terminating 1, only FailureTarget (BackoffLimitExceeded).
export default {
  id: 'integjob/delay-terminal-backoff-interim',
  source: 'test/integration/job/job_test.go TestDelayTerminalPhaseCondition "job backoff limit exceeded; JobPodReplacementPolicy enabled" (wantInterimStatus Failed 2, Terminating 1, [FailureTarget]); reference §2.8',
  args: ['--duration', '14s'],
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
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason]), [['FailureTarget', 'True', 'BackoffLimitExceeded']], 'conditions');
    h.eq([job.status.active ?? 0, job.status.failed, job.status.succeeded ?? 0, job.status.ready, job.status.terminating], [0, 2, 0, 0, 1], '[active, failed, succeeded, ready, terminating]');
    h.eq(h.events({ kind: 'Job', name: 'dt', type: 'Warning' }).length, 0, 'no Warning event before Failed');
  },
};
