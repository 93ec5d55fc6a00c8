// Pod-level requests may not exceed pod-level limits: the error names the requests map itself (no key), as a
// container's does, with the value and the resource named in the message.
export default {
  id: 'podlevel/val-pod-requests-above-pod-limits',
  source: 'pkg/apis/core/validation/validation.go validatePodResources -> validatePodResourceRequirements -> validateResourceRequirements (field.Invalid(reqPath, quantity.String(), "must be less than or equal to %s limit of %s"))',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rl}
spec:
  template:
    spec:
      restartPolicy: Never
      resources:
        requests: {memory: 2Gi}
        limits: {memory: 1536Mi}
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/rl: '));
    h.eq(lines.map((l) => l.replace(/^.*Job default\/rl: /, '')), ['spec.template.spec.resources.requests: Invalid value: "2Gi": must be less than or equal to memory limit of 1536Mi'], 'problems');
  },
};
