// Only memory is short: the single reason "Insufficient memory" (cpu 0 request is not checked).
export default {
  id: 'scheduling/fit-memory-only',
  source: 'noderesources/fit.go fitsRequest (podRequest.Memory > allocatable - requested: "Insufficient memory"; MilliCPU > 0 guard)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: mem }
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { memory: 3Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('mem');
    h.eq(pods.filter((p) => p.spec.nodeName).map((p) => p.spec.nodeName).sort(), ['w-1', 'w-2'], 'one pod per node');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.length, 1, 'one FailedScheduling');
    h.eq(fs[0].message, '0/2 nodes are available: 2 Insufficient memory. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.', 'message');
  },
};
