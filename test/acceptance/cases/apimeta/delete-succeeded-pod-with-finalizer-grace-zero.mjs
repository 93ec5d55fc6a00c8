// Pods carry the template's finalizer example.com/pod. The Job completes at 11s and is deleted at 30s; the garbage
// collector deletes its Succeeded pod: a terminal pod gets grace 0 whatever its terminationGracePeriodSeconds, so
// deletionTimestamp = 30s, deletionGracePeriodSeconds 0, generation 1 -> 2; the finalizer keeps the pod in the API.
export default {
  id: 'apimeta/delete-succeeded-pod-with-finalizer-grace-zero',
  source: 'pkg/registry/core/pod/strategy.go CheckGracefulDelete ("if the pod is already terminated, delete immediately": period 0); apiserver rest/delete.go BeforeDelete (DeletionTimestamp now+0, DeletionGracePeriodSeconds, generation+1); store.go updateForGracefulDeletionAndFinalizers (pendingFinalizers: never deleted immediately)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: l}
spec:
  duration: 1m
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {finalizers: [example.com/pod]}
    spec:
      terminationGracePeriodSeconds: 120
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const [p] = h.podsOf('j');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.generation, p.metadata.finalizers], ['Succeeded', 30, 0, 2, ['example.com/pod']], 'terminal pod: grace 0, held');
    h.eq(h.events({ reason: 'Killing' }).length, 0, 'nothing to kill');
  },
};
