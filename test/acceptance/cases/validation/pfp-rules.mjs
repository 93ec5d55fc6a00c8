// podFailurePolicy rule errors, each with the upstream wording, all reported together.
const P = 'Job default/pfp: ';
export default {
  id: 'validation/pfp-rules',
  source: 'pkg/apis/batch/validation/validation.go validatePodFailurePolicyRule, validatePodFailurePolicyRuleOnExitCodes, validatePodFailurePolicyRuleOnPodConditions',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: pfp
spec:
  podFailurePolicy:
    rules:
    - action: ""
      onExitCodes:
        containerName: nope
        operator: Equals
        values: [1]
    - action: FailIndex
      onExitCodes:
        operator: In
        values: [0, 2]
    - action: Ignore
      onPodConditions:
      - type: DisruptionTarget
        status: Maybe
    - action: Count
    - action: Explode
      onExitCodes: {operator: NotIn, values: [1]}
      onPodConditions: [{type: Foo}]
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const want = [
      'spec.podFailurePolicy.rules[0].action: Required value: valid values: ["Count" "FailIndex" "FailJob" "Ignore"]',
      'spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value: "nope": must be one of the container or initContainer names in the pod template',
      'spec.podFailurePolicy.rules[0].onExitCodes.operator: Unsupported value: "Equals": supported values: "In", "NotIn"',
      'spec.podFailurePolicy.rules[1].action: Invalid value: "FailIndex": requires the backoffLimitPerIndex to be set',
      'spec.podFailurePolicy.rules[1].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator',
      'spec.podFailurePolicy.rules[2].onPodConditions[0].status: Unsupported value: "Maybe": supported values: "False", "True", "Unknown"',
      'spec.podFailurePolicy.rules[3]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required',
      'spec.podFailurePolicy.rules[4].action: Unsupported value: "Explode": supported values: "Count", "FailIndex", "FailJob", "Ignore"',
      'spec.podFailurePolicy.rules[4]: Invalid value: specifying both OnExitCodes and OnPodConditions is not supported',
    ];
    for (const m of want) h.assert(lines.some((l) => l.endsWith(P + m)), `missing: ${m}`);
    h.eq(lines.filter((l) => l.includes(P)).length, want.length, 'number of problems');
  },
};
