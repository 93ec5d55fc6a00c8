// A kubelet silent for 30s (< 50s grace, even with a renewal up to 10s old) is never marked: Ready stays
// True since the start, no taint, no event from the node controller or the taint manager.
export default {
  id: 'nodelife/outage-below-grace-invisible',
  source: 'node_lifecycle_controller.go tryUpdateNodeHealth (now > probeTimestamp + 50s grace); node_lifecycle_controller_test.go TestMonitorNodeHealthUpdateStatus (fresh heartbeat: no change)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "3m" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const n = h.get('Node', 'w-1');
    const rc = n.status.conditions.find((c) => c.type === 'Ready');
    h.eq([rc.status, h.sec(rc.lastTransitionTime)], ['True', 0], 'Ready untouched');
    h.eq(n.spec.taints, undefined, 'no taints');
    h.eq(r.events.filter((e) => ['node-controller', 'taint-eviction-controller'].includes(e.source.component)).length, 0, 'no events');
    h.eq(h.events({ reason: 'NodeReady' }).length, 0, 'no NodeReady (never not ready)');
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Succeeded', 'pod completes');
  },
};
