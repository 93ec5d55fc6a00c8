// ValidatePodSpec has no non-negative rule for terminationGracePeriodSeconds (only Required when nil), so a
// Job whose template says -1 is accepted by the API server.
export default {
  id: 'validation/template-negative-grace-accepted',
  source: 'pkg/apis/core/validation/validation.go ValidatePodSpec (TerminationGracePeriodSeconds: only field.Required when nil); ValidatePodTemplateSpec',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: g
spec:
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: -1
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const j = h.job('g');
    h.eq(j.spec.template.spec.terminationGracePeriodSeconds, -1, 'template keeps -1');
    h.hasCond(j, 'Complete');
  },
};
