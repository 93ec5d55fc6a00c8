// A container may only name resource claims the pod declares (DynamicResourceAllocation on, as jobsim models it).
export default {
  id: 'validation3/container-resource-claim-not-found',
  source: 'pkg/apis/core/validation/validation.go validateResourceRequirements -> validateResourceClaimNames (NotFound with Detail "must be one of the names in pod.spec.resourceClaims" + " which is empty"); DynamicResourceAllocation GA in 1.34 (README: DRA on)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: rc
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: abc
        image: image
        resources:
          claims: [{name: gpu}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ['Job default/rc: spec.template.spec.containers[0].resources.claims[0]: Not found: "gpu": must be one of the names in pod.spec.resourceClaims which is empty'], 'problems');
  },
};
