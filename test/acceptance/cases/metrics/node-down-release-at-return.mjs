// README pools.NAME.cpuRequested*: pods "bound in the pool and not terminal (pods left Terminating on an
// unreachable node included)". Pool a (one node, 2 CPU) holds the Job's 1-CPU pod; a-1 stops answering
// at 10s for 10m. The taint-eviction controller deletes the pod (TaintManagerEviction); the pod stays
// Terminating on the unreachable node and keeps its request in pool a until the kubelet returns at 610s
// and kills it (exit 143, phase Failed): pool a series [[0,1000],[610,0]]. The replacement (created
// when the pod is terminating: podReplacementPolicy TerminatingOrFailed) binds at once in pool b (a-1 is
// tainted) and runs 1h: pool b's series is 1000 from its creation to +3600. pods: 1 failed, 1 succeeded.
export default {
  id: 'metrics/node-down-release-at-return',
  source: 'README metrics table pools.NAME.*; upstream kubelet killPod on a deleted pod when the node returns; reference cronjob-and-friends (taint eviction)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  cluster:
    nodePools:
      - name: a
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
      - name: b
        count: 1
        capacity: {cpu: "1", memory: 4Gi, pods: 110}
  faults:
    - {at: 10s, nodeDown: a-1, for: 10m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1", memory: 1Gi}}}]
`,
  check(r, h) {
    const m = r.metrics;
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'two pods');
    h.eq([pods[0].spec.nodeName, pods[1].spec.nodeName], ['a-1', 'b-1'], 'first on a-1, replacement on b-1');
    h.assert(h.events({ reason: 'TaintManagerEviction', name: pods[0].metadata.name }).length === 1, 'evicted');
    const tc = h.sec(pods[1].metadata.creationTimestamp);
    h.eq(m.pools.a.series.cpuRequestedMilli, [[0, 1000], [610, 0]], 'pool a: released when the kubelet returns and kills the pod');
    h.eq(m.pools.b.series.cpuRequestedMilli, [[0, 0], [tc, 1000], [tc + 3600, 0]], 'pool b: the replacement (every series starts at 0)');
    h.eq([m.pods.failed, m.pods.succeeded], [1, 1], 'pods');
    h.eq(m.jobs.durationSeconds.max, tc + 3601, 'duration');
    h.eq(m.pools.a.cpuRequestedPeakMilli, 1000, 'pool a peak');
    const end = h.sec(r.spec.end);
    h.eq(m.pools.a.cpuRequestedMeanMilli, Math.round(1000 * 610 / end), 'pool a mean over the run');
  },
};
