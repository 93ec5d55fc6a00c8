// SetDefaults_Job: backoffLimitPerIndex without backoffLimit defaults backoffLimit to MaxInt32; an explicit one stays.
export default {
  id: 'defaults/job-blpi-maxint',
  source: 'pkg/apis/batch/v1/defaults_test.go "BackoffLimitPerIndex specified, but no BackoffLimit -> default BackoffLimit to max int32", "BackoffLimitPerIndex and BackoffLimit specified -> no change"',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  completions: 2
  completionMode: Indexed
  backoffLimitPerIndex: 1
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  completions: 2
  completionMode: Indexed
  backoffLimitPerIndex: 1
  backoffLimit: 3
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    h.eq([h.job('a').spec.backoffLimit, h.job('a').spec.parallelism], [2147483647, 1], 'a: [backoffLimit MaxInt32, parallelism 1]');
    h.eq(h.job('b').spec.backoffLimit, 3, 'b: explicit backoffLimit kept');
  },
};
