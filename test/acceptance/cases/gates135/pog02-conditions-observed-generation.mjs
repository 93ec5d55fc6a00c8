// PodObservedGenerationTracking: every condition the kubelet writes (PodReadyToStartContainers, Initialized,
// Ready, ContainersReady, PodScheduled) carries observedGeneration = the pod's generation.
export default {
  id: 'gates135/pog02-conditions-observed-generation',
  source: 'pkg/api/v1/pod/util.go CalculatePodConditionObservedGeneration; kubelet status generation (generatePodReadyCondition, generateContainersReadyCondition, ... PodScheduled); PodObservedGenerationTracking 1.34 Beta on / 1.35 GA',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('g')[0];
    const conds = p.status.conditions ?? [];
    h.eq(conds.map((c) => c.type).sort(), ['ContainersReady', 'Initialized', 'PodReadyToStartContainers', 'PodScheduled', 'Ready'], 'condition types');
    for (const c of conds) h.eq(c.observedGeneration, 1, `${c.type}.observedGeneration`);
  },
};
