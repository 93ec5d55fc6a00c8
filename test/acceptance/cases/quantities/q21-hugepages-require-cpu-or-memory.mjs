// Hugepages alone: the value must be a whole number of pages ("3Mi is not positive integer multiple of
// hugepages-2Mi", on the key) and a container asking hugepages must also set cpu or memory (Forbidden on resources).
export default {
  id: 'quantities/hugepages-require-cpu-or-memory',
  source: 'pkg/apis/core/validation/validation.go ValidateResourceRequirements (validateResourceQuantityHugePageValue: "%s is not positive integer multiple of %s"; field.Forbidden(fldPath, "HugePages require cpu or memory"))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {limits: {hugepages-2Mi: 3Mi}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((x) => x.includes('Job default/q: ')).map((l) => l.replace(/^.*Job default\/q: /, ''));
    const p = 'spec.template.spec.containers[0].resources';
    h.eq(lines.slice().sort(), [
      `${p}.limits[hugepages-2Mi]: Invalid value: "3Mi": 3Mi is not positive integer multiple of hugepages-2Mi`,
      `${p}: Forbidden: HugePages require cpu or memory`,
    ].sort(), 'problems');
  },
};
