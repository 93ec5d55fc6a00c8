// A 10s toleration of node.kubernetes.io/not-ready:NoExecute says nothing about the unreachable
// taint: the admission still appends the unreachable one (300s), and on a silent node (Ready=Unknown,
// unreachable taint) the pod is evicted after 300s, not 10s.
export default {
  id: 'nodelife2/notready-toleration-does-not-cover-unreachable',
  source: 'defaulttolerationseconds/admission.go (per-key check); taint_eviction.go processPodOnNode/GetMatchingTolerations; node_lifecycle_controller.go processTaintBaseEviction ConditionUnknown -> UnreachableTaintTemplate',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 10 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.tolerations.map((t) => [t.key, t.tolerationSeconds]), [['node.kubernetes.io/not-ready', 10], ['node.kubernetes.io/unreachable', 300]], 'tolerations');
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    const ev = h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).filter((e) => e.message.startsWith('Marking'));
    h.eq(ev.map((e) => h.sec(e.firstTimestamp)), [u + 305], 'evicted 300s after the NoExecute taint');
  },
};
