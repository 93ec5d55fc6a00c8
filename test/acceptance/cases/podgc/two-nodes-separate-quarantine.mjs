// Each missing node has its own quarantine: w-1 deleted at 110s (pass 120s -> GC at 160s), w-2 deleted at 150s (first
// seen missing at the 160s pass -> GC at 200s, not at 160s with w-1's pods).
export default {
  id: 'podgc/two-nodes-separate-quarantine',
  source: 'podgc gc_controller.go gcOrphaned (nodeQueue.AddAfter per node name), discoverDeletedNodes (only items whose delay elapsed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q2}
spec:
  duration: 4m
  cluster:
    nodePools: [{name: w, count: 3}]
  faults:
  - {at: 110s, deleteNode: w-1}
  - {at: 150s, deleteNode: w-2}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-2}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const a = h.podsOf('a')[0], b = h.podsOf('b')[0];
    h.eq([a.status.phase, h.sec(a.metadata.deletionTimestamp)], ['Failed', 160], 'w-1 pod');
    h.eq([b.status.phase, h.sec(b.metadata.deletionTimestamp)], ['Failed', 200], 'w-2 pod');
    h.eq(h.sec(h.hasCond(b, 'DisruptionTarget', 'DeletionByPodGC').lastTransitionTime), 200, 'w-2 pod condition');
  },
};
