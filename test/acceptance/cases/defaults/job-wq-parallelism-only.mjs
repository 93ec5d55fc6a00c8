// SetDefaults_Job: parallelism set and completions unset (work queue) leaves completions nil; backoffLimit 6.
export default {
  id: 'defaults/job-wq-parallelism-only',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job; defaults_test.go TestSetDefaultJob "WQ: Parallelism explicitly 2 and completions unset -> BackoffLimit is defaulted"',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: wq}
spec:
  parallelism: 2
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const s = h.job('wq').spec;
    h.eq('completions' in s, false, 'completions absent (nil pointer, omitempty)');
    h.eq([s.parallelism, s.backoffLimit, s.completionMode, s.suspend, s.manualSelector, s.podReplacementPolicy], [2, 6, 'NonIndexed', false, false, 'TerminatingOrFailed'], 'defaults');
  },
};
