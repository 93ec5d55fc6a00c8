// A pod with a planned eviction (pool NoExecute taint tolerated 600s, planned at binding) whose node then gets a
// NoExecute taint it does NOT tolerate: its toleration for node.kubernetes.io/unreachable has operator Equal and
// value "x" (so DefaultTolerationSeconds adds no unreachable toleration: the admission ignores the value), which
// does not match the taint's empty value. processPodOnNode takes the !allTolerated branch: cancelWorkWithEvent
// ("Cancelling deletion", the 600s worker is live) and AddWork(now, now): evicted at the taint's instant, not at
// bind + 600s.
export default {
  id: 'tainteviction/untolerated-taint-cancels-planned-eviction',
  source: 'pkg/controller/tainteviction/taint_eviction.go processPodOnNode (!allTolerated -> cancelWorkWithEvent + AddWork(now, now)), handleNodeUpdate; plugin/pkg/admission/defaulttolerationseconds/admission.go (key/effect only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
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
      - { key: dedicated, operator: Exists, effect: NoExecute, tolerationSeconds: 600 }
      - { key: node.kubernetes.io/unreachable, operator: Equal, value: "x", effect: NoExecute }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const n = p.metadata.name;
    h.eq(p.spec.tolerations.map((t) => t.key), ['dedicated', 'node.kubernetes.io/unreachable', 'node.kubernetes.io/not-ready'], 'only the not-ready default toleration added');
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute').timeAdded);
    const ev = h.events({ reason: 'TaintManagerEviction', name: n }).map((e) => [h.sec(e.firstTimestamp), e.message]);
    h.eq(ev, [[taintAt, `Cancelling deletion of Pod default/${n}`], [taintAt, `Marking for deletion Pod default/${n}`]], 'planned 600s eviction cancelled, pod evicted at the untolerated taint');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), taintAt, 'DisruptionTarget at the taint');
    h.eq(h.sec(p.metadata.deletionTimestamp), taintAt + 30, 'deletionTimestamp');
  },
};
