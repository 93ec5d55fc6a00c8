// parallelism 1000, 10s pods: 500 are created at +0s and 500 at +1s; they finish at +10s and +11s, and the sync at
// +11s (1s after the first finishes) sees all 1000 finished. It counts 500 (MaxUncountedPods) and sets
// SuccessCriteriaMet; the +12s sync counts the other 500, which reaches the cap again (>= 500), so
// Complete waits for the +13s sync, which counts nothing.
export default {
  id: 'scale/uncounted-cap-natural-1000',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers (MaxUncountedPods = 500, reachedMaxUncountedPods blocks enactJobFinished); manageJob MaxPodCreateDeletePerSync',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 20, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  parallelism: 1000
  completions: 1000
  template:
    metadata: { annotations: { jobsim/duration: "10s" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('big');
    h.eq(j.status.succeeded, 1000, 'succeeded');
    h.eq(h.sec(h.anyCond(j, 'SuccessCriteriaMet').lastTransitionTime), 11, 'SuccessCriteriaMet');
    h.eq(h.sec(j.status.completionTime), 13, 'completionTime');
    h.eq(r.metrics.jobs.durationSeconds.max, 13, 'duration metric');
  },
};
