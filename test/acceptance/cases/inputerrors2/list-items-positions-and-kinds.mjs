// Problems inside a v1 List are reported at the item's own fields; kinds jobsim cannot take are named
// with the RESTMapper's words, including the removed batch/v1beta1 CronJob (no matches for kind
// "CronJob" in version "batch/v1beta1"), each at the item's `kind`; a scalar item is its own problem.
export default {
  id: 'inputerrors2/list-items-positions-and-kinds',
  source: 'apimachinery meta.NoKindMatchError ("no matches for kind %q in version %q"); batch/v1beta1 CronJob removed in 1.25; strict decoding "unknown field"; CONTRACT.md §1',
  exit: 2,
  scenario: `# leading comment
apiVersion: v1
kind: List
items:
- apiVersion: batch/v1
  kind: Job
  metadata: {name: a}
  spec:
    parallelism: -1
    foo: 1
    template:
      spec:
        containers: [{name: c, image: busybox}]
        restartPolicy: Never
- apiVersion: batch/v1beta1
  kind: CronJob
  metadata: {name: cj}
- 42
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 4, `four problems: ${r.stderr}`);
    h.eq(lines[0], '9:5: Job default/a: spec.parallelism: Invalid value: -1: must be greater than or equal to 0', 'parallelism');
    h.eq(lines[1], '10:5: Job default/a: spec.foo: strict decoding error: unknown field "spec.foo"', 'unknown field');
    h.assert(lines[2].startsWith('16:3: CronJob default/cj: no matches for kind "CronJob" in version "batch/v1beta1"'), lines[2]);
    h.assert(lines[3].startsWith('18:3: ') && /mapping/.test(lines[3]), lines[3]);
  },
};
