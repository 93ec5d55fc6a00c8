// SetDefaults_Job: parallelism 0 with completions unset: completions stays nil, parallelism stays 0.
export default {
  id: 'defaults/job-wq-parallelism-zero',
  source: 'pkg/apis/batch/v1/defaults_test.go TestSetDefaultJob "WQ: Parallelism explicitly 0 and completions unset -> BackoffLimit is defaulted"',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: wq0}
spec:
  parallelism: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const s = h.job('wq0').spec;
    h.eq('completions' in s, false, 'completions absent');
    h.eq([s.parallelism, s.backoffLimit], [0, 6], '[parallelism, backoffLimit]');
    h.eq(h.podsOf('wq0').length, 0, 'no pods');
  },
};
