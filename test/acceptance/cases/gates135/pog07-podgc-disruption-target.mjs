// The pod GC's DisruptionTarget (DeletionByPodGC) for a pod of a deleted node carries observedGeneration.
export default {
  id: 'gates135/pog07-podgc-disruption-target',
  source: 'pkg/controller/podgc/gc_controller.go gcOrphaned (PodCondition{DisruptionTarget, ObservedGeneration: ...ObservedGeneration...(&pod.Status, pod.Generation, DisruptionTarget), Reason DeletionByPodGC}); PodObservedGenerationTracking 1.35 GA',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: g}
spec:
  duration: 5m
  cluster:
    nodePools:
    - name: w
      count: 2
      capacity: {cpu: "4", memory: 16Gi, pods: 110}
  faults:
  - {at: 10s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: gc}
spec:
  template:
    metadata:
      annotations: {jobsim/duration: "1h"}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('gc')[0];
    const c = h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq(c.message, 'PodGC: node no longer exists', 'message');
    h.eq(c.observedGeneration, 1, 'DisruptionTarget.observedGeneration');
  },
};
