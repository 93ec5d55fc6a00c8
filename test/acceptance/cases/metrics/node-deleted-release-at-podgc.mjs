// README pools.NAME.series: "a pod requests from its binding ... until it is terminal or deleted";
// cpuCapacityMilli counts deleted nodes. Node a-1 (holding the Job's 1-CPU pod) is deleted at 10s. The
// pod GC fails and deletes the orphaned pod after its 40s quarantine, on its 20s grid: at 60s (the pod's
// deletionTimestamp). Pool a requests 1000m over [0, 60s) and its capacity stays 2000m; the failed
// pod counts in pods.failed; the replacement runs 1h in pool b from its creation.
export default {
  id: 'metrics/node-deleted-release-at-podgc',
  source: 'README metrics table; upstream pkg/controller/podgc gc_controller.go gcOrphaned (quarantineTime 40s, gcCheckPeriod 20s), markFailedAndDeletePod',
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
    - {at: 10s, deleteNode: a-1}
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
    h.eq([h.sec(pods[0].metadata.deletionTimestamp), pods[0].status.phase], [60, 'Failed'], 'orphan failed and deleted by the pod GC at 60s');
    h.eq(m.pools.a.series.cpuRequestedMilli, [[0, 1000], [60, 0]], 'pool a released at the pod GC');
    h.eq(m.pools.a.cpuCapacityMilli, 2000, 'deleted node still counts in capacity');
    const tc = h.sec(pods[1].metadata.creationTimestamp);
    h.eq(m.pools.b.series.cpuRequestedMilli, [[0, 0], [tc, 1000], [tc + 3600, 0]], 'pool b: the replacement (every series starts at 0)');
    h.eq([m.pods.failed, m.pods.succeeded], [1, 1], 'pods');
  },
};
