// 600 pods fail (exit 1) while the controller is down, backoffLimit 100. At its return the sync sets FailureTarget
// (BackoffLimitExceeded: all 600 new failures count for the limit) but counts only 500 in status.failed and cannot
// finish the Job; the next sync, 1s later, counts the other 100 and writes Failed.
export default {
  id: 'scale/uncounted-cap-failed-backoff',
  source: 'job_controller.go syncJob (jobCtx.failed includes every new failed pod), trackJobStatusAndRemoveFinalizers MaxUncountedPods 500 + jobFinished := !reachedMaxUncountedPods && ...',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 20, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
  faults:
  - { at: 5s, controllerDown: job, for: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: bad }
spec:
  parallelism: 600
  completions: 600
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "10s", jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('bad');
    h.eq(j.status.failed, 600, 'failed');
    const ft = h.anyCond(j, 'FailureTarget');
    h.eq([h.sec(ft.lastTransitionTime), ft.reason], [35, 'BackoffLimitExceeded'], 'FailureTarget');
    h.eq(h.sec(h.anyCond(j, 'Failed').lastTransitionTime), 36, 'Failed one sync later');
    h.eq(h.events({ kind: 'Job', name: 'bad', reason: 'BackoffLimitExceeded' }).map((e) => h.sec(e.firstTimestamp)), [36], 'BackoffLimitExceeded event');
  },
};
