// A node's pod capacity (110, the kubelet's maxPods default): 120 pods on one node, 110 bound at once, 10 Pending
// with "Too many pods"; they bind at +30s when the first pods finish.
export default {
  id: 'scale/pods-capacity-110-one-node',
  source: 'noderesources/fit.go fitsRequest (len(pods)+1 > allowedPodNumber: "Too many pods"); kubelet maxPods 110',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: many }
spec:
  completions: 120
  parallelism: 120
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const sched = {};
    for (const e of h.events({ reason: 'Scheduled' })) sched[h.sec(e.firstTimestamp)] = (sched[h.sec(e.firstTimestamp)] ?? 0) + 1;
    h.eq(sched, { 0: 110, 30: 10 }, 'bindings per second');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.assert(fs.length >= 10, `FailedScheduling for each of the 10 waiting pods (got ${fs.length})`);
    h.eq([...new Set(fs.map((e) => e.message))], ['0/1 nodes are available: 1 Too many pods. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.'], 'message');
    h.eq(r.metrics.pods.pendingPeak, 10, 'pendingPeak');
    h.eq(r.metrics.pods.schedulingWaitSeconds.max, 30, 'longest wait');
    h.eq(h.sec(h.job('many').status.completionTime), 61, 'completionTime: second round ends +60s, sync +61s');
  },
};
