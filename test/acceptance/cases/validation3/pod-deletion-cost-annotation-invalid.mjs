// The pod-deletion-cost annotation of a Job's pod template must be a 32-bit integer (PodDeletionCost is on).
export default {
  id: 'validation3/pod-deletion-cost-annotation-invalid',
  source: 'pkg/apis/core/validation/validation.go ValidatePodSpecificAnnotations ("if !opts.AllowInvalidPodDeletionCost { if _, err := helper.GetDeletionCostFromPodAnnotations(annotations); err != nil { field.Invalid(fldPath.Key(core.PodDeletionCost), ..., \\"must be a 32bit integer\\") } }"), called by ValidatePodTemplateSpec with fldPath spec.template.annotations; pkg/api/pod/util.go GetValidationOptionsFromPodTemplate (AllowInvalidPodDeletionCost = !PodDeletionCost gate)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: dc
spec:
  template:
    metadata:
      annotations:
        controller.kubernetes.io/pod-deletion-cost: "abc"
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: plus
spec:
  template:
    metadata:
      annotations:
        controller.kubernetes.io/pod-deletion-cost: "+10"
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, [
      'Job default/dc: spec.template.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value: "abc": must be a 32bit integer',
      'Job default/plus: spec.template.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value: "+10": must be a 32bit integer',
    ], 'problems');
  },
};
