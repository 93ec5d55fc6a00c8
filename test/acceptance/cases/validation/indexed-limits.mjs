// Indexed Jobs: completions required; parallelism <= 100000; maxFailedIndexes <= completions;
// above 100000 completions with backoffLimitPerIndex: maxFailedIndexes required, parallelism <= 10000.
export default {
  id: 'validation/indexed-limits',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec Indexed branch (maxParallelismForIndexedJob, completionsSoftLimit, parallelismLimitForHighCompletions)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: a
spec:
  completionMode: Indexed
  parallelism: 100001
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: b
spec:
  completionMode: Indexed
  completions: 3
  backoffLimitPerIndex: 1
  maxFailedIndexes: 4
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: c
spec:
  completionMode: Indexed
  completions: 100001
  parallelism: 10001
  backoffLimitPerIndex: 1
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const want = [
      'Job default/a: spec.completions: Required value: when completion mode is Indexed',
      'Job default/a: spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode is Indexed',
      'Job default/b: spec.maxFailedIndexes: Invalid value: 4: must be less than or equal to completions',
      'Job default/c: spec.maxFailedIndexes: Required value: must be specified when completions is above 100000',
      'Job default/c: spec.parallelism: Invalid value: 10001: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index',
    ];
    for (const m of want) h.assert(lines.some((l) => l.endsWith(m)), `missing: ${m} in ${r.stderr.slice(0, 300)}`);
  },
};
