// A nodeSelectorTerm with neither matchExpressions nor matchFields matches no node; terms are ORed, so
// the other term still applies.
export default {
  id: 'scheduler2/affinity-empty-term-matches-nothing',
  source: 'component-helpers scheduling/corev1/nodeaffinity newNodeSelectorTerm / nodeSelectorTerm.match (an empty term matches nothing)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { zone: z1 } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { zone: z2 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: empty }
spec:
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms: [{}]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: ored }
spec:
  completions: 2
  parallelism: 2
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms: [{}, { matchExpressions: [{ key: zone, operator: In, values: [z2] }] }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const e = h.podsOf('empty')[0];
    h.eq(e.spec.nodeName, undefined, 'empty term: no node');
    h.eq(h.events({ reason: 'FailedScheduling', name: e.metadata.name }).map((x) => x.message), ["0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."], 'message');
    h.eq(h.podsOf('ored').map((p) => p.spec.nodeName), ['b-1', 'b-1'], 'the non-empty term');
  },
};
