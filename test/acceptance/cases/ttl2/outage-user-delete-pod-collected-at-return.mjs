// Complete at 11s with ttlSecondsAfterFinished 30; the kube-controller-manager is down 20s-2m20s. kubectl delete
// (background) at 50s removes the Job at once (no finalizer: generation 1, no grace), and the TTL never acts. Its Succeeded
// pod waits for the garbage collector: back at 140s it finds the pod's owner gone and deletes it (grace 0) then. A new Job
// of the same name created at 60s (TTL 0) gets its pod from the returning Job controller at 140s (Complete 151s, deleted
// 151s); the old pod's ownerReference names "a" with the old uid, so it is garbage although a Job "a" exists.
export default {
  id: 'ttl2/outage-user-delete-pod-collected-at-return',
  source: 'garbagecollector.go attemptToDeleteItem/isDangling (owner looked up by name, uid compared), graph_builder virtual nodes on start; ttlafterfinished processJob (NotFound: nothing)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  faults:
  - {at: 20s, controllerDown: all, for: 2m}
  timeline:
  - {at: 50s, delete: {kind: Job, name: a}}
  - {at: 60s, create: {apiVersion: batch/v1, kind: Job, metadata: {name: a}, spec: {ttlSecondsAfterFinished: 0, template: {spec: {containers: [{name: c, image: busybox}], restartPolicy: Never}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  ttlSecondsAfterFinished: 30
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job').filter((j) => j.metadata.name === 'a').sort((x, y) => h.sec(x.metadata.creationTimestamp) - h.sec(y.metadata.creationTimestamp));
    h.eq(jobs.length, 2, 'two Jobs named a');
    const [old, neu] = jobs;
    h.eq([h.sec(old.metadata.deletionTimestamp), old.metadata.generation, old.metadata.deletionGracePeriodSeconds], [50, 1, undefined], 'old Job removed by the user at 50s');
    h.eq([h.sec(h.hasCond(neu, 'Complete').lastTransitionTime), h.sec(neu.metadata.deletionTimestamp)], [151, 151], 'new Job');
    const podOf = (j) => h.of('Pod').filter((p) => p.metadata.ownerReferences?.[0]?.uid === j.metadata.uid);
    h.eq(podOf(old).map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds]), [['Succeeded', 140, 0]], 'old pod collected at the GC return');
    h.eq(podOf(neu).map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp)]), [[140, 151]], 'new pod');
  },
};
