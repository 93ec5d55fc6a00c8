// Default 300s tolerations: the eviction fires 300s after the taint manager saw the NoExecute taint,
// i.e. Ready=Unknown + 5s (next monitor pass) + 300s.
export default {
  id: 'nodelife/eviction-unknown-plus-305',
  source: 'node_lifecycle_controller.go processTaintBaseEviction(observedReadyCondition); tainteviction/taint_eviction.go processPodOnNode (triggerTime = now + minTolerationTime)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
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
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node', name: 'w-1' })[0].firstTimestamp);
    const p = h.podsOf('j')[0];
    const ev = h.events({ reason: 'TaintManagerEviction', name: p.metadata.name });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.message]), [[u + 305, `Marking for deletion Pod default/${p.metadata.name}`]], 'eviction');
    h.eq(h.sec(p.metadata.deletionTimestamp), u + 335, 'deletionTimestamp');
  },
};
