// Required node affinity operators: NotIn and DoesNotExist match nodes without the key; Exists;
// Gt/Lt compare integers; expressions of one term are ANDed.
export default {
  id: 'scheduling/affinity-operators',
  source: 'component-helpers scheduling/corev1/nodeaffinity NodeSelector.Match; apimachinery labels.Requirement.Matches (NotIn/DoesNotExist true when the key is absent; Gt/Lt ParseInt)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: old, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { gen: "3", disk: hdd } }
    - { name: mid, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { gen: "5", disk: ssd } }
    - { name: new, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { gen: "7" } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: notin }
spec:
  completions: 3
  parallelism: 3
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions: [{ key: disk, operator: NotIn, values: [hdd] }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: nodisk }
spec:
  completions: 2
  parallelism: 2
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions: [{ key: disk, operator: DoesNotExist }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: between }
spec:
  completions: 2
  parallelism: 2
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions:
              - { key: gen, operator: Gt, values: ["3"] }
              - { key: gen, operator: Lt, values: ["7"] }
              - { key: disk, operator: Exists }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    for (const p of h.podsOf('notin')) h.assert(p.spec.nodeName === 'mid-1' || p.spec.nodeName === 'new-1', `notin pod on ${p.spec.nodeName}`);
    h.eq(h.podsOf('nodisk').map((p) => p.spec.nodeName), ['new-1', 'new-1'], 'DoesNotExist: only new-1');
    h.eq(h.podsOf('between').map((p) => p.spec.nodeName), ['mid-1', 'mid-1'], 'Gt 3, Lt 7, Exists disk: only mid-1');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
