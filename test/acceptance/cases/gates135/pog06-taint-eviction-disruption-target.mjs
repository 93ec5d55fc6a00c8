// The taint-eviction controller's DisruptionTarget condition carries observedGeneration (the pod's generation
// when it writes the condition, before the deletion bumps it).
export default {
  id: 'gates135/pog06-taint-eviction-disruption-target',
  source: 'pkg/controller/tainteviction/taint_eviction.go addConditionAndDeletePod (ObservedGeneration: CalculatePodConditionObservedGeneration(&pod.Status, pod.Generation, DisruptionTarget)); PodObservedGenerationTracking 1.35 GA',
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
  - {at: 10s, nodeDown: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ev}
spec:
  template:
    metadata:
      annotations: {jobsim/duration: "1h"}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      tolerations:
      - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 5}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('ev')[0];
    const c = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq(c.observedGeneration, 1, 'DisruptionTarget.observedGeneration');
    h.eq(p.metadata.generation, 2, 'generation after the graceful deletion');
  },
};
