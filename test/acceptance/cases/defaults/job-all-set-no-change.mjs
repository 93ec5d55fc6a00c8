// SetDefaults_Job "All set, flipped -> no change": explicit values survive defaulting.
export default {
  id: 'defaults/job-all-set-no-change',
  source: 'pkg/apis/batch/v1/defaults_test.go TestSetDefaultJob "All set, flipped -> no change"',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: flip}
spec:
  completions: 11
  parallelism: 10
  backoffLimit: 9
  completionMode: Indexed
  suspend: true
  podReplacementPolicy: Failed
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const s = h.job('flip').spec;
    h.eq([s.completions, s.parallelism, s.backoffLimit, s.completionMode, s.suspend, s.podReplacementPolicy, s.manualSelector], [11, 10, 9, 'Indexed', true, 'Failed', false], 'spec');
    h.eq(h.podsOf('flip').length, 0, 'suspended: no pods');
  },
};
