// A work-queue Job can still fail after a success: activeDeadlineSeconds 40, parallelism 3, pods drawn 10-100s.
// Two pods succeed before 40s, one is still running: the deadline check comes before the completion check, so
// FailureTarget DeadlineExceeded at 40s, the running pod is deleted and counted failed, Failed at 41s.
export default {
  id: 'interplay/wq-deadline-after-success',
  source: 'job_controller.go syncJob (pastActiveDeadline evaluated before the "complete = succeeded > 0 && active == 0" check; failure finish counts non-succeeded pods as failed); reference §2.4, §2.7, §15 item 11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip17}
spec:
  behaviors:
    - selector: {matchLabels: {app: wq}}
      duration: {uniform: [10s, 100s]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: wq}
spec:
  parallelism: 3
  activeDeadlineSeconds: 40
  template:
    metadata: {labels: {app: wq}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('wq');
    const ok = pods.filter((p) => p.status.phase === 'Succeeded');
    const killed = pods.filter((p) => p.metadata.deletionTimestamp);
    h.eq([pods.length, ok.length, killed.length], [3, 2, 1], '[pods, succeeded pods, killed pods]');
    for (const p of ok) h.assert(h.sec(p.status.containerStatuses[0].state.terminated.finishedAt) < 40, 'successes before the deadline');
    h.eq([h.sec(killed[0].metadata.deletionTimestamp), h.exitCodeOf(killed[0])], [70, 143], 'killed pod');
    const job = h.job('wq');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'DeadlineExceeded', 40], ['Failed', 'DeadlineExceeded', 41]], 'conditions (no SuccessCriteriaMet)');
    h.eq([job.status.succeeded, job.status.failed, job.status.completionTime], [2, 1, undefined], '[succeeded, failed, completionTime]');
  },
};
