// "1.2.3": the scanner reads "1.2", then finds '.' where a suffix or exponent digit must be: ErrFormatWrong
// (the regular-expression message), not ErrNumeric. "1kb" likewise; "1e" is ErrSuffix.
const re = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export default {
  id: 'quantities/two-dots-format-error',
  source: 'apimachinery quantity.go parseQuantityString (Suffix loop: "we encountered a non decimal in the Suffix loop" -> ErrFormatWrong); quantity_test.go invalid {"1.1.M"}; suffix.go interpret ("e" alone -> ErrSuffix)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "1.2.3", memory: "1kb"}, limits: {cpu: "1e"}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((x) => x.includes('Job default/q: '));
    const by = (k) => lines.find((l) => l.includes(k)) ?? '';
    h.assert(by('requests[cpu]').endsWith(`requests[cpu]: Invalid value: "1.2.3": ${re}`), `cpu: ${by('requests[cpu]')}`);
    h.assert(by('requests[memory]').endsWith(`requests[memory]: Invalid value: "1kb": ${re}`), `memory: ${by('requests[memory]')}`);
    h.assert(by('limits[cpu]').endsWith(`limits[cpu]: Invalid value: "1e": unable to parse quantity's suffix`), `limit: ${by('limits[cpu]')}`);
  },
};
