// Gt/Lt parse the node's label value with strconv.ParseInt(v, 10, 64): "1e3", "0x10" and "" are
// not integers, so the requirement does not match (JavaScript's Number() would read 1000, 16, 0).
// (The value is "0", not "-1": a required term's values must be valid label values, which "-1" is not.)
export default {
  id: 'scheduling/affinity-gt-non-integer-label',
  source: 'apimachinery pkg/labels/selector.go Requirement.Matches (GreaterThan/LessThan: strconv.ParseInt(ls.Get(r.key), 10, 64), error -> false); nodeaffinity nodeSelectorRequirementsAsSelector',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: sci, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { gen: "1e3" } }
    - { name: hex, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { gen: "0x10" } }
    - { name: emp, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { gen: "" } }
    - { name: ok, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { gen: "07" } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: gt }
spec:
  completions: 3
  parallelism: 3
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions: [{ key: gen, operator: Gt, values: ["0"] }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('gt').map((p) => p.spec.nodeName), ['ok-1', 'ok-1', 'ok-1'], 'only the node whose label ParseInt accepts ("07")');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
