// Pod-level requests are what the node counts: two pods of pod-level cpu 1500m (containers 500m)
// cannot share a 2-cpu node, and the pool's requested cpu is 1500m, not 500m.
export default {
  id: 'sched3/podlevel-request-counted',
  source: 'component-helpers resource/helpers.go PodRequests (pod-level requests); framework/types.go NodeInfo.update (Requested from PodRequests); noderesources fit.go fitsRequest',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      resources: { requests: { cpu: 1500m } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.events({ reason: 'Scheduled' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(s, [0, 30], 'second pod bound when the first finishes at +30s');
    h.eq(r.metrics.pools.w.cpuRequestedPeakMilli, 1500, 'peak 1500m');
    h.eq(h.events({ reason: 'FailedScheduling' }).map((e) => e.message), ['0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.'], 'message');
  },
};
