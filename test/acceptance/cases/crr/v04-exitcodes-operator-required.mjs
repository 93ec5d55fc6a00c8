// exitCodes is required on every rule ("must be specified"); its operator is In or NotIn (a missing operator
// is the empty string, NotSupported too).
const kn = 'Job default/op';
export default {
  id: 'crr/exitcodes-operator-required',
  source: 'pkg/apis/core/validation/validation.go validateContainerRestartPolicy (rule.ExitCodes == nil: field.Required(exitCodes, "must be specified"); supportedContainerRestartPolicyOperators = sets.New(In, NotIn): field.NotSupported(exitCodes.operator, ...))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: op}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
        restartPolicy: OnFailure
        restartPolicyRules:
        - {action: Restart}
        - {action: Restart, exitCodes: {operator: Equals, values: [3]}}
        - {action: Restart, exitCodes: {values: [4]}}
        - {action: Restart, exitCodes: {operator: NotIn, values: [0]}}
`,
  check(r, h) {
    const mine = r.stderr.split('\n').filter((l) => l.includes(` ${kn}: `));
    const p = 'spec.template.spec.containers[0].restartPolicyRules';
    const want = [
      `${p}[0].exitCodes: Required value: must be specified`,
      `${p}[1].exitCodes.operator: Unsupported value: "Equals": supported values: "In", "NotIn"`,
      `${p}[2].exitCodes.operator: Unsupported value: "": supported values: "In", "NotIn"`,
    ];
    for (const m of want) h.assert(mine.some((l) => l.endsWith(`${kn}: ${m}`)), `missing ${m}; got ${JSON.stringify(mine)}`);
    h.eq(mine.length, 3, `problems (${JSON.stringify(mine)})`);
  },
};
