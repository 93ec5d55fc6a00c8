// A wildcard toleration limited to NoSchedule ({operator: Exists, effect: NoSchedule}) does not
// tolerate NoExecute, so the DefaultTolerationSeconds admission appends both 300s tolerations
// (not-ready first, then unreachable). The pod is evicted 300s after the unreachable NoExecute taint
// (NodeNotReady + 5s), deleted with the 30s default grace.
export default {
  id: 'nodelife2/noschedule-wildcard-gets-defaults',
  source: 'defaulttolerationseconds/admission.go Admit (toleratesNodeNotReady/Unreachable need effect NoExecute or empty); taint_eviction_test.go TestCreatePod "not tolerated pod" vs "tolerated pod with delay"; taint_eviction.go getMinTolerationTime',
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
      tolerations: [{ operator: Exists, effect: NoSchedule }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.tolerations, [
      { operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ], 'tolerations');
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    const ev = h.events({ reason: 'TaintManagerEviction', name: p.metadata.name });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.message]), [[u + 305, 'Marking for deletion Pod default/' + p.metadata.name]], 'eviction');
    h.eq(h.sec(p.metadata.deletionTimestamp), u + 335, 'deletionTimestamp = eviction + 30s grace');
  },
};
