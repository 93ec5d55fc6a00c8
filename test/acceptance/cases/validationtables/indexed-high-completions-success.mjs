// TestValidateJob successCases: completions 100000 with parallelism and maxFailedIndexes 100000, and
// completions 1e9 with parallelism and maxFailedIndexes 10000, both with backoffLimitPerIndex: accepted.
// Suspended, so no pod is created; the stored specs keep the values.
const T = (name, c, p, m) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  suspend: true
  completionMode: Indexed
  completions: ${c}
  parallelism: ${p}
  maxFailedIndexes: ${m}
  backoffLimitPerIndex: 1
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`;
export default {
  id: 'validationtables/indexed-high-completions-success',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJob successCases "valid parallelism and maxFailedIndexes for high completions when backoffLimitPerIndex is used" / "... for unlimited completions ..."',
  args: ['--duration', '1m'],
  scenario: [T('high', 100000, 100000, 100000), T('unlimited', 1000000000, 10000, 10000)].join('---\n'),
  check(r, h) {
    const a = h.job('high'), b = h.job('unlimited');
    h.eq([a.spec.completions, a.spec.parallelism, a.spec.maxFailedIndexes], [100000, 100000, 100000], 'high');
    h.eq([b.spec.completions, b.spec.parallelism, b.spec.maxFailedIndexes], [1000000000, 10000, 10000], 'unlimited');
    h.eq(h.of('Pod').length, 0, 'suspended: no pods');
    h.eq(a.spec.backoffLimit, 2147483647, 'backoffLimit defaults to MaxInt32 with backoffLimitPerIndex');
  },
};
