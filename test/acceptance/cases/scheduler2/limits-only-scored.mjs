// A limits-only pod is counted by its defaulted request in scoring: a 3-cpu limits-only pod on a-1
// makes b-1 the emptier node, so the next pod (no requests, scored as 100m/200Mi) lands on b-1.
export default {
  id: 'scheduler2/limits-only-scored',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod; noderesources/least_allocated.go leastRequestedScore; framework NodeInfo.NonZeroRequested',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: small }
      spec:
        template:
          spec:
            containers: [{ name: c, image: busybox:1.36 }]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { limits: { cpu: "3", memory: 6Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('big')[0].spec.nodeName, 'a-1', 'big pinned to a-1');
    h.eq(h.podsOf('small')[0].spec.nodeName, 'b-1', 'small goes to the emptier node');
  },
};
