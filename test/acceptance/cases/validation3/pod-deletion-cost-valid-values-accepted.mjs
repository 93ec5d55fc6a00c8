// Valid pod-deletion-cost values of a pod template (a negative number, 0, MaxInt32) are accepted and kept.
export default {
  id: 'validation3/pod-deletion-cost-valid-values-accepted',
  source: 'pkg/apis/core/helper/helpers.go GetDeletionCostFromPodAnnotations (validFirstDigit: "-", a lone "0" or 1-9; strconv.ParseInt(value, 10, 32)); validation.go ValidatePodSpecificAnnotations',
  args: ['--duration', '1s'],
  scenario: ['neg: "-5"', 'zero: "0"', 'max: "2147483647"'].map((s) => {
    const [name, v] = s.split(': ');
    return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  template:
    metadata:
      annotations:
        controller.kubernetes.io/pod-deletion-cost: ${v}
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`;
  }).join('---\n'),
  check(r, h) {
    h.eq(['neg', 'zero', 'max'].map((n) => h.job(n).spec.template.metadata.annotations['controller.kubernetes.io/pod-deletion-cost']), ['-5', '0', '2147483647'], 'annotations kept');
  },
};
