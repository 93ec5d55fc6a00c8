// parallelism 2000: at most 500 creations per sync; each sync's pod events requeue the Job after the 1s batch period,
// so 500 pods are created at +0s, +1s, +2s and +3s.
export default {
  id: 'scale/create-2000-per-second',
  source: 'job_controller.go manageJob (diff capped at MaxPodCreateDeletePerSync = 500), addPod -> enqueueSyncJobBatched (syncJobBatchPeriod 1s)',
  args: ['--duration', '30s'],
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
  parallelism: 2000
  completions: 2000

  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const per = {};
    for (const e of h.events({ kind: 'Job', name: 'big', reason: 'SuccessfulCreate' })) per[h.sec(e.firstTimestamp)] = (per[h.sec(e.firstTimestamp)] ?? 0) + 1;
    h.eq(per, { 0: 500, 1: 500, 2: 500, 3: 500 }, 'SuccessfulCreate per second');
    h.eq(h.job('big').status.active, 2000, 'active');
    h.eq(h.podsOf('big').length, 2000, 'pods');
    h.eq(r.counts.Pod, 2000, 'counts.Pod');
  },
};
