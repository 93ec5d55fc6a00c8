// backoffLimitPerIndex and maxFailedIndexes need Indexed mode; maxFailedIndexes needs backoffLimitPerIndex.
const P = 'Job default/ni: ';
export default {
  id: 'validation/blpi-nonindexed',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec ("requires indexed completion mode", Required backoffLimitPerIndex "when maxFailedIndexes is specified")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: ni
spec:
  completions: 4
  maxFailedIndexes: 2
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: ni2
spec:
  completions: 4
  backoffLimitPerIndex: 1
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    h.assert(lines.some((l) => l.endsWith(P + 'spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified')), `required: ${r.stderr.slice(0, 400)}`);
    h.assert(lines.some((l) => l.endsWith(P + 'spec.maxFailedIndexes: Invalid value: 2: requires indexed completion mode')), 'maxFailedIndexes non-indexed');
    h.assert(lines.some((l) => l.endsWith('Job default/ni2: spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode')), 'backoffLimitPerIndex non-indexed');
    h.eq(lines.filter((l) => l.includes('Job default/ni')).length, 3, 'three problems');
  },
};
