// A succeededIndexes number too big for Go's strconv.Atoi is "cannot convert", not "too large index".
export default {
  id: 'validation3/succeeded-indexes-int-overflow',
  source: 'pkg/apis/batch/validation/validation.go validateSuccessPolicyRule -> validateIndexesFormat -> parseIndexInterval ("x, err := strconv.Atoi(limitsStr[0]); if err != nil { cannot convert string to integer for index: %q }" before the "too large index" check; Atoi fails with ErrRange past int64)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: si
spec:
  completionMode: Indexed
  completions: 5
  successPolicy:
    rules:
    - succeededIndexes: "99999999999999999999"
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ['Job default/si: spec.successPolicy.rules[0].succeededIndexes: Invalid value: "99999999999999999999": error parsing succeededIndexes: cannot convert string to integer for index: "99999999999999999999"'], 'problems');
  },
};
