// One past the int64 range (9223372036854775808, a uint64 to go-yaml v2) cannot be decoded into an int64
// field ("json: cannot unmarshal number 9223372036854775808 into Go struct field ... of type int64"). The
// problem shows the number as written (kubectl's own trip through a float64 would print
// 9223372036854776000; jobsim names what the user wrote: README, Known differences, Input errors).
// (jobsim once showed "Invalid value: 9223372036854776000", the double it rounded to.)
export default {
  id: 'robust2/int64-over-shows-written-value',
  source: 'encoding/json decode.go literalStore (UnmarshalTypeError{Value: "number " + string(item)}); CONTRACT.md §1 (what is wrong)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: over}
spec:
  activeDeadlineSeconds: 9223372036854775808
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 1, r.stderr);
    h.assert(lines[0].startsWith('5:3: Job default/over: spec.activeDeadlineSeconds: '), lines[0]);
    h.assert(lines[0].includes('9223372036854775808') && !lines[0].includes('9223372036854776000'), lines[0]);
  },
};
