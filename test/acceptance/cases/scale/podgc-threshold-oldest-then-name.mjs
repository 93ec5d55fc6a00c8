// 13100 Succeeded pods, 500 created per second: beyond the 12500 threshold the pod GC deletes the 600 oldest:
// every pod created at +0s and the first 100 by name of those created at +1s, force-deleted (grace 0) at the next 20s pass.
export default {
  id: 'scale/podgc-threshold-oldest-then-name',
  source: 'podgc/gc_controller.go gcTerminated: deleteCount = len(terminated) - terminatedPodThreshold, sort byEvictionAndCreationTimestamp (evicted, creationTimestamp, name), markFailedAndDeletePod (grace 0); gcCheckPeriod 20s; kube-controller-manager --terminated-pod-gc-threshold 12500',
  timeoutMs: 180000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 5, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: g }
spec:
  completions: 13100
  parallelism: 500
  template:
    metadata: { annotations: { jobsim/duration: "1s" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.of('Pod');
    h.eq(pods.length, 13100, 'pods');
    const gone = pods.filter((p) => p.metadata.deletionTimestamp);
    h.eq(gone.length, 600, 'deleted by the pod GC');
    h.eq([...new Set(gone.map((p) => h.sec(p.metadata.deletionTimestamp)))], [40], 'deletionTimestamp (pass at +40s, grace 0)');
    const at = (s) => pods.filter((p) => h.sec(p.metadata.creationTimestamp) === s).map((p) => p.metadata.name).sort();
    const expect = [...at(0), ...at(1).slice(0, 100)].sort();
    h.eq(gone.map((p) => p.metadata.name).sort(), expect, 'the oldest, then by name');
    h.eq(h.job('g').status.succeeded, 13100, 'the Job counted them all before');
  },
};
