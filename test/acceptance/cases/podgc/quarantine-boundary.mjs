// Node deleted at 139.9s: the 140s pass (just after) sees the pod on a missing node and starts the quarantine; the pod
// is failed and force-deleted at the 180s pass. The replacement is created 10s after that (190s).
export default {
  id: 'podgc/quarantine-boundary',
  source: 'podgc gc_controller.go gcOrphaned AddAfter(quarantineTime 40s), gcCheckPeriod 20s',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q3}
spec:
  duration: 4m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 139900ms, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq(h.sec(h.get('Node', 'w-1').metadata.deletionTimestamp), 139, 'node deletionTimestamp (seconds, truncated)');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Failed', 180], 'GC-ed at 180s');
    h.eq(h.sec(q?.metadata.creationTimestamp), 190, 'replacement');
  },
};
