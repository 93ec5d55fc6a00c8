// The aggregate that pod-level requests must cover sums the regular containers and the sidecars (restartable init
// containers): 500m + 600m = 1100m > 1.
export default {
  id: 'podlevel/val-aggregate-includes-sidecars',
  source: 'pkg/apis/core/validation/validation.go validatePodResourceConsistency ("must be greater than or equal to aggregate container requests of %s", ctrReqs.String()); component-helpers resource/helpers.go AggregateContainerRequests (restartable init containers added to the sum, KEP-753 formula)',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sc}
spec:
  template:
    spec:
      restartPolicy: Never
      resources: {requests: {cpu: "1"}}
      initContainers:
      - {name: side, image: busybox, restartPolicy: Always, resources: {requests: {cpu: 600m}}}
      containers:
      - {name: main, image: busybox, resources: {requests: {cpu: 500m}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/sc: '));
    h.eq(lines.map((l) => l.replace(/^.*Job default\/sc: /, '')), ['spec.template.spec.resources.requests[cpu]: Invalid value: "1": must be greater than or equal to aggregate container requests of 1100m'], 'problems');
  },
};
