// Scale-down from 1200 to 100: deletions are capped at 500 per sync too; the next syncs come 1s later (pod updates).
export default {
  id: 'scale/delete-cap-500',
  source: 'job_controller.go manageJob: podsToDelete capped at MaxPodCreateDeletePerSync (500); updatePod -> deletePod(final=false) -> enqueueSyncJobBatched',
  args: ['--duration', '40s'],
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 20, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
  timeline:
  - { at: 30s, patch: { kind: Job, name: big, spec: { parallelism: 100 } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  parallelism: 1200
  completions: 1200
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const per = {};
    for (const e of h.events({ kind: 'Job', name: 'big', reason: 'SuccessfulDelete' })) per[h.sec(e.firstTimestamp)] = (per[h.sec(e.firstTimestamp)] ?? 0) + 1;
    h.eq(per, { 30: 500, 31: 500, 32: 100 }, 'SuccessfulDelete per second');
    const j = h.job('big');
    h.eq([j.status.active, j.status.failed ?? 0], [100, 0], 'active, failed (deleted pods are not counted as failed)');
  },
};
