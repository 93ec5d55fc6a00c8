// The simulator's invariants (--check) hold through a pod GC of a deleted node's pods (Failed + force-delete, Job
// counting and replacing), an out-of-service force deletion, and an unscheduled terminating pod: exit 0.
export default {
  id: 'podgc/invariants-check-podgc',
  source: 'README invariants (jobsim run --check); podgc gcOrphaned, gcTerminating, gcUnscheduledTerminating',
  args: ['--check'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q11}
spec:
  duration: 10m
  cluster:
    nodePools:
    - {name: w, count: 2}
    - name: o
      count: 1
      taints: [{key: node.kubernetes.io/out-of-service, value: nodeshutdown, effect: NoSchedule}]
  faults:
  - {at: 110s, deleteNode: w-1}
  - {at: 20s, nodeDown: o-1}
  timeline:
  - {at: 30s, delete: {kind: Job, name: o}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: "5m"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: o}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: o-1}
      tolerations: [{key: node.kubernetes.io/out-of-service, operator: Exists, effect: NoSchedule}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.job('j').status.failed, 3, 'three pods GC-ed');
    h.eq(h.podsOf('o')[0].status.phase, 'Failed', 'out-of-service pod failed by the pod GC');
  },
};
