// controllerDown: all (30s-5m30s). "all" is every controller of kube-controller-manager that jobsim models (README:
// Job, CronJob, TTL-after-finished, garbage collector, pod GC, node lifecycle, taint eviction). A Job deleted at 1m
// (background propagation) disappears at once, but its pod is deleted only when the garbage collector is back
// (5m30s): deletionTimestamp 5m30s + 30s grace = 6m.
export default {
  id: 'faults/cdall-stops-garbage-collector',
  source: 'README first paragraph (the controllers simulated) and CONTRACT §2 controllerDown all; cmd/kube-controller-manager (garbagecollector, job, cronjob, ttl-after-finished, podgc, nodelifecycle, taint-eviction run in one process); pkg/controller/garbagecollector attemptToDeleteItem',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gc}
spec:
  duration: 10m
  faults:
  - {at: 30s, controllerDown: all, for: 5m}
  timeline:
  - {at: 1m, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.sec(h.job('j').metadata.deletionTimestamp), 60, 'Job deleted at 1m');
    const p = h.podsOf('j')[0];
    h.eq(h.sec(p.metadata.deletionTimestamp), 360, 'pod deleted by the GC once it is back (5m30s + 30s)');
  },
};
