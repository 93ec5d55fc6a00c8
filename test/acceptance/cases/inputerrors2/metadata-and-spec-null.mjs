// `metadata: null` and `spec: null` are absent fields (JSON null for a struct is ignored): the Job then has
// no name and no pod template, and each problem is reported (name or generateName required, containers
// and restartPolicy required), at the `metadata` and `spec` keys, the nearest written ancestors.
export default {
  id: 'inputerrors2/metadata-and-spec-null',
  source: 'encoding/json null for a struct field is a no-op; apimachinery ValidateObjectMeta ("name or generateName is required"); core validation (containers Required, restartPolicy Required)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: null
spec: null
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '3:1: Job: metadata.name: Required value: name or generateName is required',
      '4:1: Job: spec.template.spec.containers: Required value',
      '4:1: Job: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ], 'problems');
  },
};
