// Accepted podFailurePolicy: onPodConditions status defaults to True, podReplacementPolicy defaults to Failed;
// without a policy it defaults to TerminatingOrFailed. NotIn with 0 is legal.
export default {
  id: 'validation/pfp-defaults-and-prp',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job (podReplacementPolicy), SetDefaults_PodFailurePolicyOnPodConditionsPattern; reference job-controller §1.1',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: withpfp
spec:
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions:
      - type: DisruptionTarget
    - action: FailJob
      onExitCodes: {operator: NotIn, values: [0, 1]}
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
---
apiVersion: batch/v1
kind: Job
metadata:
  name: nopfp
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
`,
  check(r, h) {
    const a = h.job('withpfp');
    h.eq(a.spec.podFailurePolicy.rules[0].onPodConditions[0].status, 'True', 'onPodConditions status default');
    h.eq(a.spec.podReplacementPolicy, 'Failed', 'podReplacementPolicy with podFailurePolicy');
    h.eq(h.job('nopfp').spec.podReplacementPolicy, 'TerminatingOrFailed', 'podReplacementPolicy without podFailurePolicy');
    h.hasCond(a, 'Complete');
  },
};
