// A container limit above the pod-level limit of the same resource is refused, at the odd path
// validatePodResourceConsistency builds (resources.containers[i][name].limits).
export default {
  id: 'podlevel/container-limit-above-pod-limit',
  source: 'pkg/apis/core/validation/validation.go validatePodResourceConsistency ("Individual Container limits must be <= Pod-level limits": fldPath.Child("containers").Index(i).Key(resourceName).Child("limits"), "must be less than or equal to pod limits of %s"; fldPath is spec.resources; present from the 1.32 alpha to 1.36)',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: cl}
spec:
  template:
    spec:
      restartPolicy: Never
      resources: {limits: {cpu: "1"}}
      containers:
      - name: c
        image: busybox
        resources: {limits: {cpu: "2"}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/cl: '));
    h.eq(lines.map((l) => l.replace(/^.*Job default\/cl: /, '')), ['spec.template.spec.resources.containers[0][cpu].limits: Invalid value: "2": must be less than or equal to pod limits of 1'], 'problems');
    h.eq(r.stdout.trim(), '', 'nothing on stdout');
  },
};
