// A pod tolerating unreachable for 60s (so only the not-ready default is appended after it) is evicted 60s
// after the NoExecute taint; the Job counts it failed at once (terminating, no pod failure policy) and creates the
// replacement 1s later, its back-off (10s from the Ready=False transition) having passed.
export default {
  id: 'tainteviction/custom-60s-eviction-and-replacement',
  source: 'defaulttolerationseconds/admission.go; taint_eviction.go processPodOnNode; job_controller.go (TerminatingOrFailed counts a deleted pod; getFinishedTime from the Ready condition)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: mix }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations:
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 60 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('mix');
    h.eq(p.spec.tolerations.map((t) => [t.key, t.tolerationSeconds]), [['node.kubernetes.io/unreachable', 60], ['node.kubernetes.io/not-ready', 300]], 'tolerations');
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute').timeAdded);
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [taintAt + 60], 'evicted 60s after the taint');
    h.eq(h.sec(q.metadata.creationTimestamp), taintAt + 61, 'replacement');
    const j = h.job('mix');
    h.eq([j.status.active, j.status.failed, j.status.terminating, j.status.ready], [1, 1, 1, 0], 'counters');
  },
};
