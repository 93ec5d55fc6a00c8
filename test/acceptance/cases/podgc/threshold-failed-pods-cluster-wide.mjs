// The terminated-pod threshold is cluster-wide and counts Failed pods as well as Succeeded ones: Job bad's 200 pods
// all fail at 1s (created at 0s), Job ok's 12,400 pods succeed by 42s: 12,600 terminated pods. At the 60s pass
// (at 40s at most 12,300 were terminated) the pod GC deletes the 100 excess ones, oldest creationTimestamp first and
// by name within a second: among the pods created at 0s, "bad-*" sorts before "ok-*", so the first 100 of bad's
// pods by name go, with grace 0 and no phase patch (already terminal). Job counters are not touched.
export default {
  id: 'podgc/threshold-failed-pods-cluster-wide',
  source: 'podgc gc_controller.go gcTerminated (isPodTerminated: phase not Pending/Running/Unknown, all namespaces/owners), byEvictionAndCreationTimestamp, markFailedAndDeletePod (no patch for terminal pods, Delete grace 0); --terminated-pod-gc-threshold 12500',
  timeoutMs: 180000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: thr}
spec:
  cluster:
    nodePools:
    - {name: w, count: 5, capacity: {cpu: "64", memory: 256Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ok}
spec:
  completions: 12400
  parallelism: 300
  template:
    metadata: {annotations: {jobsim/duration: "1s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: bad}
spec:
  completions: 200
  parallelism: 200
  backoffLimit: 199
  template:
    metadata: {annotations: {jobsim/duration: "1s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.of('Pod');
    h.eq(pods.length, 12600, 'pods');
    h.eq(h.sec(h.hasCond(h.job('ok'), 'Complete').lastTransitionTime), 42, 'ok complete at 42s');
    const gone = pods.filter((p) => p.metadata.deletionTimestamp);
    const bad = pods.filter((p) => p.metadata.name.startsWith('bad-')).map((p) => p.metadata.name).sort();
    h.eq(gone.map((p) => p.metadata.name).sort(), bad.slice(0, 100), 'the first 100 of bad by name');
    h.eq([...new Set(gone.map((p) => [h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase].join()))], ['60,0,Failed'], 'deleted at 60s, grace 0, still Failed');
    h.eq([h.job('bad').status.failed, h.job('ok').status.succeeded], [200, 12400], 'counters kept');
  },
};
