// completions = parallelism = 499, 10s pods, all finishing at +10s: fewer than 500 new finished pods: counted and Complete in the sync at +11s.
export default {
  id: 'scale/uncounted-boundary-499',
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
  completions: 499
  parallelism: 499
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.status.succeeded, 499, 'succeeded');
    h.eq(h.sec(h.anyCond(j, 'SuccessCriteriaMet').lastTransitionTime), 11, 'SuccessCriteriaMet');
    h.eq(h.sec(j.status.completionTime), 11, 'completionTime');
  },
};
