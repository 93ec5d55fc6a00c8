// One node stops answering at 10s. Suspending the Job at 20s makes the Job controller delete its pod (grace 30:
// deletionTimestamp 50s, generation 1 -> 2); deleting the Job at 40s makes the garbage collector skip it (already being
// deleted). A DELETE of an object already being deleted never bumps the generation again: the pod ends at generation 2.
export default {
  id: 'deletion2/pod-generation-deleted-twice',
  source: 'staging/src/k8s.io/apiserver/pkg/registry/rest/delete.go BeforeDelete ("if the object is already being deleted, no need to update generation"; first graceful deletion: generation+1); garbagecollector attemptToDeleteItem (DeletionTimestamp set, no foreground finalizer: skip)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 3m
  cluster:
    nodePools: [{name: w, count: 1}]
  faults:
  - {at: 10s, nodeDown: w-1}
  timeline:
  - {at: 20s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 40s, delete: {kind: Job, name: j}}
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
    const p = h.podsOf('j')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.generation], [50, 30, 2], 'one generation bump');
    h.eq(h.events({ reason: 'SuccessfulDelete', name: 'j' }).map((e) => h.sec(e.firstTimestamp)), [20], 'deleted by the Job controller only');
  },
};
