// SetDefaults_Job: completions set and parallelism unset: parallelism 1.
export default {
  id: 'defaults/job-completions-only',
  source: 'pkg/apis/batch/v1/defaults_test.go TestSetDefaultJob "Completions explicitly 2 and others unset -> parallelism and BackoffLimit are defaulted"',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: c2}
spec:
  completions: 2
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const s = h.job('c2').spec;
    h.eq([s.completions, s.parallelism, s.backoffLimit], [2, 1, 6], '[completions, parallelism, backoffLimit]');
    h.eq(h.job('c2').status.active, 1, 'one active pod (parallelism 1)');
  },
};
