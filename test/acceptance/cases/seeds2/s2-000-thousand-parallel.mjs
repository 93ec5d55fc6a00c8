// Seed 000 "Scalability: easily run hundreds or thousands of jobs in parallel": a Job with parallelism 1000 on the
// default 3 nodes (110 pods each). The Job controller creates at most 500 pods per sync (MaxPodCreateDeletePerSync):
// 500 at +0s, the other 500 at the next (batched, +1s) sync. Only 330 fit (pods capacity); the others get
// FailedScheduling "Too many pods" and run in waves as pods finish (330 at 0, 10, 20s, the last 10 at 30s);
// Complete at +41s. So "thousands in parallel" is bounded by node capacity.
export default {
  id: 'seeds2/s2-000-thousand-parallel',
  source: 'seed 000 "Scalability"; job_controller.go manageJob (diff capped by MaxPodCreateDeletePerSync = 500), enqueueSyncJobBatched (1s); kube-scheduler NodeResourcesFit "Too many pods"',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: big
spec:
  parallelism: 1000
  completions: 1000
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.28
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('big');
    const byT = {};
    for (const p of pods) { const t = h.sec(p.metadata.creationTimestamp); byT[t] = (byT[t] ?? 0) + 1; }
    h.eq(byT, { 0: 500, 1: 500 }, 'pod creations per instant');
    const sched = {};
    for (const e of h.events({ reason: 'Scheduled' })) { const t = h.sec(e.firstTimestamp); sched[t] = (sched[t] ?? 0) + 1; }
    h.eq(sched, { 0: 330, 10: 330, 20: 330, 30: 10 }, 'bindings per instant');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs[0].message, '0/3 nodes are available: 3 Too many pods. no new claims to deallocate, preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', 'FailedScheduling message');
    const job = h.job('big');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [1000, undefined, 41], 'status');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulCreate' }).length, 1000, 'one SuccessfulCreate per pod');
  },
};
