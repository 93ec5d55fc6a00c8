// mismatchLabelKeys [tenant] merges "tenant NotIn (own)" into the anti-affinity selector: a tenant=blue pod
// keeps off the big node where a tenant=red pod runs (it goes to the small one), while a second tenant=red
// pod with the same rule joins the red pod on the big node.
export default {
  id: 'interpod/mismatchlabelkeys-tenant',
  source: 'kubernetes/kubernetes pkg/registry/core/pod/strategy.go applyMatchLabelKeysAndMismatchLabelKeys (mismatchLabelKeys -> key NotIn (value)); website concepts/scheduling-eviction/assign-pod-node.md ("mismatchLabelKeys": pods of different tenants on different topology domains)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: big, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 } }
    - { name: small, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: blue, spec: { suspend: false } } }
  - { at: 5s, patch: { kind: Job, name: red2, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: red1 }
spec:
  template:
    metadata: { labels: { tenant: red }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: big-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: blue }
spec:
  suspend: true
  template:
    metadata: { labels: { tenant: blue }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector: { matchExpressions: [{ key: tenant, operator: Exists }] }
            mismatchLabelKeys: [tenant]
            topologyKey: kubernetes.io/hostname
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: red2 }
spec:
  suspend: true
  template:
    metadata: { labels: { tenant: red }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector: { matchExpressions: [{ key: tenant, operator: Exists }] }
            mismatchLabelKeys: [tenant]
            topologyKey: kubernetes.io/hostname
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('red1')[0].spec.nodeName, 'big-1', 'red1 on big-1');
    const blue = h.podsOf('blue')[0];
    h.eq(blue.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector,
      { matchExpressions: [{ key: 'tenant', operator: 'Exists' }, { key: 'tenant', operator: 'NotIn', values: ['blue'] }] }, 'merged selector');
    h.eq(blue.spec.nodeName, 'small-1', 'blue kept off the red node');
    h.eq(h.podsOf('red2')[0].spec.nodeName, 'big-1', 'red2 joins red1');
  },
};
