// PodObservedGenerationTracking (beta on 1.34, GA 1.35): the kubelet writes status.observedGeneration = metadata.generation.
export default {
  id: 'gates135/pog01-status-observed-generation',
  source: 'pkg/api/v1/pod/util.go CalculatePodStatusObservedGeneration (gate on: pod.Generation); kubelet_pods.go generateAPIPodStatus; kube_features.go PodObservedGenerationTracking {1.34 Beta on, 1.35 GA locked}',
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
    h.eq(p.metadata.generation, 1, 'metadata.generation');
    h.eq(p.status.phase, 'Succeeded', 'phase');
    h.eq(p.status.observedGeneration, 1, 'status.observedGeneration');
  },
};
