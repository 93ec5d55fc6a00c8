// Bad quantities, each at its key in the API server's words: "1K" (uppercase K is not a suffix), "1m1",
// "" (fails the quantity regexp), "-1" (a negative request).
export default {
  id: 'robust/quantity-bad-forms',
  source: 'apimachinery resource.ParseQuantity (ErrSuffix "unable to parse quantity\'s suffix", ErrFormatWrong regexp); pkg/apis/core/validation ValidateResourceQuantityValue ("must be greater than or equal to 0")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers:
      - name: c
        image: busybox
        resources:
          requests: {cpu: "1K", memory: "1m1"}
          limits: {cpu: "", memory: "-1"}
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l));
    h.eq(lines.length, 4, `four problems: ${r.stderr}`);
    h.assert(/requests\[cpu\]: Invalid value: "1K": unable to parse quantity's suffix/.test(r.stderr), r.stderr);
    h.assert(/requests\[memory\]: Invalid value: "1m1": unable to parse quantity's suffix/.test(r.stderr), r.stderr);
    h.assert(/limits\[cpu\]: Invalid value: "": quantities must match the regular expression/.test(r.stderr), r.stderr);
    h.assert(/limits\[memory\]: Invalid value: "-1": must be greater than or equal to 0/.test(r.stderr), r.stderr);
    h.assert(!/\n\s+at |TypeError|RangeError/.test(r.stderr), 'no stack trace');
  },
};
