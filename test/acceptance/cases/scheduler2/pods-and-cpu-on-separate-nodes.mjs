// One node full by pod count, one by cpu: "1 Insufficient cpu, 1 Too many pods"; both are preemption
// candidates but hold no lower-priority pod.
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
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[5, '0/2 nodes are available: 1 Insufficient cpu, 1 Too many pods. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.']], 'message');
  },
};
