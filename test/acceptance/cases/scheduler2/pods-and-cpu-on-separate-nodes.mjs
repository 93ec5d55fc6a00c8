// One node full by pod count, one too small in cpu: "1 Insufficient cpu, 1 Too many pods". The full one
// is a preemption candidate without lower-priority pods; the small one is not (the pod asks more than its
// whole allocatable: Unresolvable since 1.34, kubernetes#131345).
export default {
  id: 'scheduler2/pods-and-cpu-on-separate-nodes',
  source: 'noderesources/fit.go fitsRequest; framework/types.go FitError.Error (sort.Strings); default_preemption.go SelectVictimsOnNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: few, count: 1, capacity: { cpu: "8", memory: 8Gi, pods: 1 } }
    - { name: small, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 5s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: j }
      spec:
        template:
          spec:
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: hold }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: few-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[5, '0/2 nodes are available: 1 Insufficient cpu, 1 Too many pods. no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.']], 'message');
  },
};
