// Work-queue pattern (no completions), parallelism 600: 500 pods at +0s, 100 at +1s; once one succeeds and the rest
// finish (+30s, +31s), the sync at +31s sees all 600 Succeeded but counts at most 500 (MaxUncountedPods), so the
// Job is Complete one sync later, at +32s.
export default {
  id: 'scale/workqueue-600-no-completions',
  source: 'job_controller.go manageJob wantActive = parallelism when completions nil and succeeded == 0; MaxPodCreateDeletePerSync; trackJobStatusAndRemoveFinalizers MaxUncountedPods',
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
metadata: { name: wq }
spec:
  parallelism: 600
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const per = {};
    for (const e of h.events({ kind: 'Job', name: 'wq', reason: 'SuccessfulCreate' })) per[h.sec(e.firstTimestamp)] = (per[h.sec(e.firstTimestamp)] ?? 0) + 1;
    h.eq(per, { 0: 500, 1: 100 }, 'creations per second');
    const j = h.job('wq');
    h.eq(j.status.succeeded, 600, 'succeeded');
    h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq(h.sec(j.status.completionTime), 32, 'completionTime');
  },
};
