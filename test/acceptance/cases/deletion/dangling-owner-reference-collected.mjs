// A Job created with an ownerReference to an owner that does not exist (ConfigMap "gone", any uid) is garbage: the
// garbage collector's graph builder adds a virtual node for the owner, finds it NotFound, and attemptToDeleteItem
// classifies the Job's only reference as dangling and deletes the Job (Background, no finalizer) right away. Its pods,
// if the Job controller created any in the meantime, are collected with it; the Job never runs to completion.
export default {
  id: 'deletion/dangling-owner-reference-collected',
  source: 'garbagecollector.go attemptToDeleteItem (virtual owner NotFound -> enqueueVirtualDeleteEvent; classifyReferences/isDangling: owner GET NotFound -> dangling; no solid owner -> deleteObject with Background)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gc}
spec:
  duration: 5m
---
apiVersion: batch/v1
kind: Job
metadata:
  name: dangling
  ownerReferences:
  - {apiVersion: v1, kind: ConfigMap, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1m"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('dangling');
    h.assert(j.metadata.deletionTimestamp !== undefined, 'the Job is garbage collected');
    h.near(h.sec(j.metadata.deletionTimestamp), 0, 1, 'at once');
    h.noCond(j, 'Complete');
    for (const p of h.podsOf('dangling')) h.assert(p.metadata.deletionTimestamp !== undefined && h.sec(p.metadata.deletionTimestamp) <= 31, `pod ${p.metadata.name} collected with the Job`);
    h.eq(h.events({ reason: 'Completed' }).length, 0, 'never completes');
  },
};
