// Two NoExecute taints: the pool's, tolerated forever (no seconds: nothing planned at binding), and the
// unreachable one tolerated 60s. getMinTolerationTime skips tolerations without seconds: evicted 60s after the
// unreachable taint.
export default {
  id: 'tainteviction/min-toleration-ignores-forever',
  source: 'taint_eviction.go getMinTolerationTime (nil TolerationSeconds skipped; -1 only when all are nil); TestGetMinTolerationTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: { cpu: "4", memory: 4Gi, pods: 110 }
      taints: [{ key: dedicated, value: batch, effect: NoExecute }]
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations:
      - { key: dedicated, operator: Exists, effect: NoExecute }
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 60 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute').timeAdded);
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message.split(' ')[0]]), [[taintAt + 60, 'Marking']], 'evicted 60s after the unreachable taint');
  },
};
