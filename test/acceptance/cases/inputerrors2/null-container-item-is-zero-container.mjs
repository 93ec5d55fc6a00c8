// A list item written `null` in a list of objects is decoded by the API server as the zero object
// (encoding/json: a JSON null leaves the new slice element at its zero value), so `containers: [null]`
// is a Container with no name and no image: exit 2 with the same two Required errors as `[{}]`, not
// "jobsim: internal error: Cannot read properties of null" (exit 1).
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [null]
      restartPolicy: Never
`;
export default {
  id: 'inputerrors2/null-container-item-is-zero-container',
  source: 'encoding/json (sigs.k8s.io/json) literalStore: null into a struct element leaves the zero value; pkg/apis/core/validation validateContainers (name/image Required); CONTRACT.md §1 (exit 2, never a stack trace)',
  exit: 2,
  scenario,
  check(r, h) {
    h.assert(!/internal error/.test(r.stderr), `no internal error: ${r.stderr.split('\n')[0]}`);
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '7:20: Job default/a: spec.template.spec.containers[0].name: Required value',
      '7:20: Job default/a: spec.template.spec.containers[0].image: Required value',
    ], 'the zero container\'s problems');
  },
};
