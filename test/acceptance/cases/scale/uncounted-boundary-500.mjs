// completions = parallelism = 500, 10s pods, all finishing at +10s: exactly 500 new finished pods reach MaxUncountedPods (the check is >=): the sync at +11s counts them and sets SuccessCriteriaMet but cannot finish the Job; Complete comes at +12s.
export default {
  id: 'scale/uncounted-boundary-500',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers: if len(newSucceededIndexes)+len(uncounted.Succeeded)+len(uncounted.Failed) >= MaxUncountedPods { reachedMaxUncountedPods = true }; jobFinished := !reachedMaxUncountedPods && enactJobFinished',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 5, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 500
  parallelism: 500
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.status.succeeded, 500, 'succeeded');
    h.eq(h.sec(h.anyCond(j, 'SuccessCriteriaMet').lastTransitionTime), 11, 'SuccessCriteriaMet');
    h.eq(h.sec(j.status.completionTime), 12, 'completionTime');
  },
};
