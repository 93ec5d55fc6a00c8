// A (non-restartable) init container runs alone, so the aggregate is the larger of its request (3Gi) and the regular
// containers' sum (1Gi + 1Gi): pod-level memory 2Gi is below 3Gi.
export default {
  id: 'podlevel/val-aggregate-init-container-max',
  source: 'pkg/apis/core/validation/validation.go validatePodResourceConsistency; component-helpers resource/helpers.go aggregateContainerResourcesByFn (init containers: maxResourceList(initContainerResources, ...), then maxResourceList(result, initContainerResources))',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ic}
spec:
  template:
    spec:
      restartPolicy: Never
      resources: {requests: {memory: 2Gi}}
      initContainers:
      - {name: init, image: busybox, resources: {requests: {memory: 3Gi}}}
      containers:
      - {name: a, image: busybox, resources: {requests: {memory: 1Gi}}}
      - {name: b, image: busybox, resources: {requests: {memory: 1Gi}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/ic: '));
    h.eq(lines.map((l) => l.replace(/^.*Job default\/ic: /, '')), ['spec.template.spec.resources.requests[memory]: Invalid value: "2Gi": must be greater than or equal to aggregate container requests of 3Gi'], 'problems');
  },
};
