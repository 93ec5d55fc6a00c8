// SetDefaults_Job with a podFailurePolicy: podReplacementPolicy Failed; onPodConditions patterns without status get "True",
// an explicit "False" stays.
export default {
  id: 'defaults/job-pfp-defaults',
  source: 'pkg/apis/batch/v1/defaults_test.go "Pod failure policy with some field values unspecified -> set default values", "Pod failure policy and defaulting for pod replacement policy"',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: pfp}
spec:
  podFailurePolicy:
    rules:
    - action: FailJob
      onPodConditions:
      - {type: DisruptionTarget, status: "True"}
      - {type: MemoryLimitExceeded, status: "False"}
      - {type: DiskLimitExceeded}
    - action: FailJob
      onExitCodes: {operator: In, values: [1]}
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const s = h.job('pfp').spec;
    h.eq(s.podReplacementPolicy, 'Failed', 'podReplacementPolicy');
    h.eq(s.podFailurePolicy.rules[0].onPodConditions.map((p) => p.status), ['True', 'False', 'True'], 'pattern statuses');
    h.eq(s.podFailurePolicy.rules[1].onExitCodes, { operator: 'In', values: [1] }, 'exit-code rule untouched');
    h.eq('onPodConditions' in s.podFailurePolicy.rules[1], false, 'no onPodConditions added to the exit-code rule');
  },
};
