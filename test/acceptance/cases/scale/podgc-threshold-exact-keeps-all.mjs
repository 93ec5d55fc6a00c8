// Exactly 12500 terminated pods: deleteCount = 0, nothing is deleted.
export default {
  id: 'scale/podgc-threshold-exact-keeps-all',
  source: 'podgc/gc_controller.go gcTerminated: deleteCount := terminatedPodCount - gcc.terminatedPodThreshold; if deleteCount <= 0 return',
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
  completions: 12500
  parallelism: 500
  template:
    metadata: { annotations: { jobsim/duration: "1s" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.of('Pod');
    h.eq(pods.length, 12500, 'pods');
    h.eq(pods.filter((p) => p.metadata.deletionTimestamp).length, 0, 'none deleted');
  },
};
