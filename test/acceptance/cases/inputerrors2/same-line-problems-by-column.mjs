// Several problems on one line are listed by column: two label values of the wrong type in one flow
// mapping, then an annotation on the next line, each with the map key in brackets as field.Path.Key prints it.
export default {
  id: 'inputerrors2/same-line-problems-by-column',
  source: 'CONTRACT.md §1 (FILE:LINE:COL for every problem); apimachinery field.Path.Key ("labels[key]"); README Known differences: Input errors (OpenAPI wording)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: a
  labels: {ok: "1", num: 1, flag: true}
  annotations: {n2: 1.5}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '5:21: Job default/a: metadata.labels[num]: Invalid value: 1: metadata.labels[num] in body must be of type string: "integer"',
      '5:29: Job default/a: metadata.labels[flag]: Invalid value: true: metadata.labels[flag] in body must be of type string: "boolean"',
      '6:17: Job default/a: metadata.annotations[n2]: Invalid value: 1.5: metadata.annotations[n2] in body must be of type string: "number"',
    ], 'by line then column');
  },
};
