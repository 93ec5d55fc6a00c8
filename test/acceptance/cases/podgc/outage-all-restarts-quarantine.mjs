// w-1 is deleted at 110s; the 120s pass starts its quarantine, but the controller manager is down from 125s to
// 185s. The pod GC that comes back has an empty node queue: its first pass (185s) quarantines w-1 again, and its
// passes run every 20s from its start (205s, 225s): the pod is failed and force-deleted at 225s, not at 160s or 200s.
export default {
  id: 'podgc/outage-all-restarts-quarantine',
  source: 'podgc gc_controller.go NewPodGCInternal (fresh nodeQueue), Run (wait.UntilWithContext from the start), gcOrphaned AddAfter(quarantineTime); README Outages',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p10}
spec:
  duration: 6m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 110s, deleteNode: w-1}
  - {at: 125s, controllerDown: all, for: 1m}
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
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Failed', 225], 'GC-ed at the third pass after the return');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC').lastTransitionTime), 225, 'DisruptionTarget time');
  },
};
