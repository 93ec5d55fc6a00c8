// Two regular containers with one name: the second is a Duplicate (the first keeps the name).
export default {
  id: 'validation3/containers-duplicate-name',
  source: 'pkg/apis/core/validation/validation.go validateContainers ("if allNames.Has(ctr.Name) { field.Duplicate(path.Child(\\"name\\"), ctr.Name) }")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: dup
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: abc, image: image}
      - {name: abc, image: image}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ['Job default/dup: spec.template.spec.containers[1].name: Duplicate value: "abc"'], 'problems');
  },
};
