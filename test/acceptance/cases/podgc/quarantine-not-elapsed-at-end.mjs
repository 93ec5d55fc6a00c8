// The run ends (150s) before the quarantine of w-1 (deleted 110s, first seen missing at the 120s pass) elapses: the
// pod is left as the kubelet last reported it: Running, no DisruptionTarget, no deletionTimestamp, not counted.
export default {
  id: 'podgc/quarantine-not-elapsed-at-end',
  source: 'podgc gc_controller.go gcOrphaned / discoverDeletedNodes (only nodes whose 40s quarantine elapsed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q15}
spec:
  duration: 150s
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 110s, deleteNode: w-1}
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
    const [p, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'no replacement');
    h.eq([p.status.phase, p.metadata.deletionTimestamp], ['Running', undefined], 'untouched');
    h.noCond(p, 'DisruptionTarget');
    h.eq([h.job('j').status.active, h.job('j').status.failed ?? 0], [1, 0], '[active, failed]');
  },
};
