// controllerDown: all from 30s to 3m25s; w-1 is deleted at 1m, during the outage. Back at 205s, the pod GC is a new
// process: its first pass (at once) quarantines w-1, the pass 40s later (245s) fails and force-deletes the pod.
// The Job controller (back too) replaces it 10s after that finish time (255s).
export default {
  id: 'podgc/outage-all-node-deleted-during',
  source: 'podgc gc_controller.go Run (wait.UntilWithContext: first gc at start, then every 20s), gcOrphaned quarantine in a fresh nodeQueue; README Outages (the pod GC runs a pass at once and starts the 40s quarantine from it)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p9}
spec:
  duration: 6m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 30s, controllerDown: all, for: 175s}
  - {at: 1m, deleteNode: w-1}
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
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Failed', 245], 'GC-ed 40s after the return');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC').lastTransitionTime), 245, 'DisruptionTarget time');
    h.eq(h.sec(q?.metadata.creationTimestamp), 255, 'replacement 10s later');
    h.eq(h.job('j').status.failed, 1, 'failed');
  },
};
