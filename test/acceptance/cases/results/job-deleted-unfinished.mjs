// A Job deleted (kubectl delete, background) while its pod runs never finishes: it counts neither in
// jobs.complete nor jobs.failed and adds no duration sample; its pod, killed on deletion (SIGTERM,
// exit 143), ends in phase Failed and counts in pods.failed; the pool's requested CPU drops at the
// deletion (1000m for [0, 20s)); the Job stays in items with its deletionTimestamp and in counts.
export default {
  id: 'results/job-deleted-unfinished',
  source: 'README metrics table (jobs.complete/failed: Jobs that reached Complete/Failed; pods.failed: pods that reached phase Failed); CONTRACT.md §3 items; kubelet killPod (terminal phase on deletion)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 40s
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 4Gi, pods: 110}}
  timeline:
  - {at: 20s, delete: {kind: Job, name: victim}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: victim}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const m = r.metrics;
    h.eq([m.jobs.complete, m.jobs.failed, m.jobs.durationSeconds.max, m.jobs.lastFinishedAt], [0, 0, null, null], 'the deleted Job did not finish');
    h.eq([m.pods.succeeded, m.pods.failed], [0, 1], 'the killed pod failed');
    const pod = h.podsOf('victim')[0];
    h.eq([pod.status.phase, pod.status.containerStatuses[0].state.terminated?.exitCode], ['Failed', 143], 'killed pod');
    h.eq(h.sec(h.job('victim').metadata.deletionTimestamp), 20, 'Job deletionTimestamp');
    h.eq(m.pools.w.series.cpuRequestedMilli, [[0, 1000], [20, 0]], 'cpu series');
    h.eq(m.pools.w.cpuRequestedMeanMilli, 500, 'cpu mean over 40s');
    h.eq([r.counts.Job, r.counts.Pod], [1, 1], 'counts');
  },
};
