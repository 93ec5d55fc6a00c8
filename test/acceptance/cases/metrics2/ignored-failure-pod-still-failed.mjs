// pods.failed counts pods that reached phase Failed, whatever the Job's policy makes of them: Job ig
// (backoffLimit 0) ignores DisruptionTarget failures (podFailurePolicy Ignore). Its first pod is evicted at
// 30s (Eviction API: killed at once, Failed, DisruptionTarget); the Job does not count it (status.failed
// stays 0, no Failed condition), creates a replacement which runs 60s, and is Complete. Metrics: jobs
// complete 1 / failed 0; pods succeeded 1 / failed 1; requests drop at the eviction and resume at the
// replacement's binding (its creation: the node is free).
export default {
  id: 'metrics2/ignored-failure-pod-still-failed',
  source: 'README metrics table: pods.succeeded/pods.failed ("pods that reached phase Succeeded / Failed"), jobs.complete/failed, pools.NAME.series',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ig1}
spec:
  cluster:
    nodePools:
      - name: a
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
  faults:
    - {at: 30s, evictPod: default/ig-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ig}
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
      - action: Ignore
        onPodConditions: [{type: DisruptionTarget}]
  template:
    metadata: {annotations: {jobsim/duration: "60s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const job = h.job('ig');
    h.eq(job.status.failed ?? 0, 0, 'Job status.failed (ignored)');
    const pods = h.podsOf('ig');
    h.eq(pods.map((p) => p.status.phase), ['Failed', 'Succeeded'], 'pod phases');
    const t = h.sec(pods[1].metadata.creationTimestamp);
    const m = r.metrics;
    h.eq([m.jobs.complete, m.jobs.failed, m.pods.succeeded, m.pods.failed], [1, 0, 1, 1], 'counts');
    h.eq(m.pools.a.series.cpuRequestedMilli, [[0, 1000], [30, 0], [t, 1000], [t + 60, 0]], 'cpu series');
    h.eq(m.jobs.durationSeconds.max, h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 'duration = Complete time');
  },
};
