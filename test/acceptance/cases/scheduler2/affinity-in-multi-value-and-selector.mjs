// In with several values matches any of them; a nodeSelector value "" requires the label to exist
// with an empty value (a node without the label does not match).
export default {
  id: 'scheduler2/affinity-in-multi-value-and-selector',
  source: 'component-helpers nodeaffinity GetRequiredNodeAffinity (labels.SelectorFromSet(nodeSelector): Equals requires the key); labels.Requirement.Matches (In: values.Has)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { zone: z1, edge: "" } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { zone: z2 } }
    - { name: c, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { zone: z3 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: in }
spec:
  completions: 4
  parallelism: 4
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms: [{ matchExpressions: [{ key: zone, operator: In, values: [z2, z3] }] }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: edge }
spec:
  completions: 2
  parallelism: 2
  template:
    spec:
      nodeSelector: { edge: "" }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('in').map((p) => p.spec.nodeName).sort(), ['b-1', 'b-1', 'c-1', 'c-1'], 'In [z2, z3]');
    h.eq(h.podsOf('edge').map((p) => p.spec.nodeName), ['a-1', 'a-1'], 'empty-valued label selector');
  },
};
