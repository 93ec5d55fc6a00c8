// Job w names an owner of a kind the cluster does not serve (example.com/v1 Widget: no CRD). The garbage collector
// cannot map it to a resource (restMappingError), so it can neither confirm the owner absent nor present: the virtual
// owner node is requeued forever and w is never classified, never deleted. w runs its 1m pod and completes at 61s, its
// ownerReferences unchanged.
export default {
  id: 'ttlgc3/gc-owner-unknown-kind-not-collected',
  source: 'pkg/controller/garbagecollector/garbagecollector.go attemptToDeleteWorker ("The reference is to an invalid group/version ... For now, log the error and retry": restMappingError -> requeueItem), getObject/isDangling -> apiResource (RESTMapping error); kubernetes/kubernetes#102641 (liggitt: GC waits for an unresolvable owner type, it cannot verify the owner is absent)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
---
apiVersion: batch/v1
kind: Job
metadata:
  name: w
  ownerReferences: [{apiVersion: example.com/v1, kind: Widget, name: wid, uid: 11111111-2222-4333-8444-555555555555}]
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const w = h.job('w');
    h.eq(w.metadata.deletionTimestamp, undefined, 'not garbage collected');
    h.eq(h.sec(h.hasCond(w, 'Complete').lastTransitionTime), 61, 'runs and completes at 61s');
    h.eq(w.metadata.ownerReferences.map((o) => [o.kind, o.name]), [['Widget', 'wid']], 'owner reference kept');
  },
};
