// A run without duration whose Jobs can never finish (a pod that fits no node, a Job created suspended)
// ends by quiet as soon as nothing more can happen, not at the 10-year limit; the unfinished Jobs add
// no duration sample; the pending pod is pending for the whole run (mean 1, series [[0,1]]).
export default {
  id: 'results/never-finishing-quiet',
  source: 'CONTRACT.md §2 ("runs until nothing more can happen"); README spec.endedBy; job_controller.go (Suspended condition, JobSuspended)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "64"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: sus}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq([r.metadata.name, r.spec.endedBy], ['simulation', 'quiet'], 'name without a Simulation document; quiet end');
    h.assert(h.sec(r.spec.end) <= 600, `ends soon: ${r.spec.end}`);
    h.hasCond(h.job('sus'), 'Suspended', 'JobSuspended');
    h.eq(h.podsOf('sus').length, 0, 'no pod for the suspended Job');
    h.eq([h.job('big').status.active, h.podsOf('big')[0].status.phase], [1, 'Pending'], 'big pending');
    const m = r.metrics;
    h.eq([m.jobs.complete, m.jobs.failed, m.jobs.durationSeconds.p50, m.jobs.lastFinishedAt], [0, 0, null, null], 'no Job finished');
    h.eq([m.pods.pendingMean, m.pods.pendingPeak, m.pods.pendingSeries.points], [1, 1, [[0, 1]]], 'pending all along');
    h.eq(m.pods.schedulingWaitSeconds.max, null, 'no pod bound');
  },
};
