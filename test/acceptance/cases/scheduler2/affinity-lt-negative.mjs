// Gt/Lt compare as signed 64-bit integers, not as strings: Lt "10" matches the node labelled "5" but
// not "15" (as strings "15" < "10" would be false and "5" < "10" false too); Gt "1" matches both. (A negative
// value such as "-10" is refused in a required term: its values must be valid label values, ValidateNodeSelectorRequirement.)
export default {
  id: 'scheduler2/affinity-lt-negative',
  source: 'apimachinery pkg/labels/selector.go Requirement.Matches (strconv.ParseInt(..., 10, 64); LessThan: lsValue < rValue)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: neg, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { offset: "5" } }
    - { name: pos, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { offset: "15" } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: lt }
spec:
  completions: 2
  parallelism: 2
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms: [{ matchExpressions: [{ key: offset, operator: Lt, values: ["10"] }] }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: gt }
spec:
  completions: 4
  parallelism: 4
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms: [{ matchExpressions: [{ key: offset, operator: Gt, values: ["1"] }] }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('lt').map((p) => p.spec.nodeName), ['neg-1', 'neg-1'], 'Lt 10: only 5');
    h.eq(h.podsOf('gt').map((p) => p.spec.nodeName).sort(), ['neg-1', 'neg-1', 'pos-1', 'pos-1'], 'Gt 1: both, spread 2/2');
  },
};
