// An extended resource shortage (Insufficient nvidia.com/gpu) is Unschedulable: the GPU user of lower
// priority is preempted, not the cpu-only pod beside it.
export default {
  id: 'preempt/gpu-victim',
  source: 'noderesources/fit.go fitsRequest (extended resources: "Insufficient <name>", Unschedulable); default_preemption.go SelectVictimsOnNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: g, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110, nvidia.com/gpu: 1 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { limits: { nvidia.com/gpu: 1 } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: trainer }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { limits: { nvidia.com/gpu: 1 } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: cpu }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => e.message), ['0/1 nodes are available: 1 Insufficient nvidia.com/gpu.'], 'message');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name), [h.podsOf('trainer')[0].metadata.name], 'GPU user preempted');
    h.noCond(h.podsOf('cpu')[0], 'DisruptionTarget');
    h.eq(hi.spec.nodeName, 'g-1', 'bound');
  },
};
