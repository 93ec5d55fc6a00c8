// tolerationSeconds 0 and negative both mean "evict at once" when the taint comes (getMinTolerationTime
// returns 0 for any value <= 0); a negative value is accepted by validation.
export default {
  id: 'nodelife/toleration-seconds-zero-negative',
  source: 'taint_eviction.go getMinTolerationTime (tolerationSeconds <= 0 -> 0); taint_eviction_test.go TestGetMinTolerationTime; apis/core/validation ValidateTolerations (no lower bound)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: zero }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 0 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: neg }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: -20 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute').timeAdded);
    for (const j of ['zero', 'neg']) {
      const p = h.podsOf(j)[0];
      const ev = h.events({ reason: 'TaintManagerEviction', name: p.metadata.name });
      h.eq(ev.map((e) => h.sec(e.firstTimestamp)), [taintAt], `${j}: evicted when the taint is added`);
      h.eq(h.sec(p.metadata.deletionTimestamp), taintAt + 30, `${j}: deletionTimestamp`);
      h.eq(p.spec.tolerations.length, 2, `${j}: not-ready default toleration still added`);
    }
    h.eq(h.podsOf('neg')[0].spec.tolerations[0].tolerationSeconds, -20, 'negative kept as given');
  },
};
