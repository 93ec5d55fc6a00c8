// ValidateNonnegativeQuantity reports value.String(): "-0.5" -> "-500m", "-1.5Gi" -> "-1536Mi", "-1e3" kept.
export default {
  id: 'quantities/negative-canonical-in-message',
  source: 'pkg/apis/core/validation/validation.go ValidateNonnegativeQuantity (field.Invalid(fldPath, value.String(), isNegativeErrorMsg))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "-0.5", memory: "-1.5Gi"}, limits: {memory: "-1e3"}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((x) => x.includes('Job default/q: ')).map((l) => l.replace(/^.*Job default\/q: /, ''));
    const p = 'spec.template.spec.containers[0].resources';
    for (const want of [
      `${p}.requests[cpu]: Invalid value: "-500m": must be greater than or equal to 0`,
      `${p}.requests[memory]: Invalid value: "-1536Mi": must be greater than or equal to 0`,
      `${p}.limits[memory]: Invalid value: "-1e3": must be greater than or equal to 0`,
    ]) h.assert(lines.includes(want), `missing ${want} in ${JSON.stringify(lines)}`);
  },
};
