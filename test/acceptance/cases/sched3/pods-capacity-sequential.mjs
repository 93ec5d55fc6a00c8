// The `pods` resource counts pods, whatever their requests: a node of pods: 1 runs a best-effort
// Job's three pods one after the other (+0s, +10s, +20s); the waiting pods read "Too many pods".
export default {
  id: 'sched3/pods-capacity-sequential',
  source: 'noderesources/fit_test.go TestEnoughRequests ("even without specified requests"/allowed pod number rows); fit.go fitsRequest (len(nodeInfo.Pods)+1 > allowedPodNumber: "Too many pods"); terminal pods leave the node',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 1 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 3
  completions: 3
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'Scheduled' }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 20], 'bound one after another');
    const msgs = [...new Set(h.events({ reason: 'FailedScheduling' }).map((e) => e.message))];
    h.eq(msgs, ['0/1 nodes are available: 1 Too many pods. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.'], 'message');
    h.eq(r.metrics.pods.pendingPeak, 2, 'two pending at the start');
  },
};
