// Every problem of one container is reported: a bad policy, too many rules are separate from the per-rule
// problems, and each rule's action and exitCodes are checked independently (no early return).
const kn = 'Job default/all';
export default {
  id: 'crr/all-problems-one-container',
  source: 'pkg/apis/core/validation/validation.go validateContainerRestartPolicy (NotSupported policy, then for each rule: action NotSupported, exitCodes Required or operator NotSupported / values TooMany, all appended)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: all}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
        restartPolicy: Sometimes
        restartPolicyRules:
        - {action: Retry}
        - {action: Retry, exitCodes: {operator: Is, values: [1]}}
`,
  check(r, h) {
    const mine = r.stderr.split('\n').filter((l) => l.includes(` ${kn}: `));
    const p = 'spec.template.spec.containers[0]';
    const want = [
      `${p}.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"`,
      `${p}.restartPolicyRules[0].action: Unsupported value: "Retry": supported values: "Restart"`,
      `${p}.restartPolicyRules[0].exitCodes: Required value: must be specified`,
      `${p}.restartPolicyRules[1].action: Unsupported value: "Retry": supported values: "Restart"`,
      `${p}.restartPolicyRules[1].exitCodes.operator: Unsupported value: "Is": supported values: "In", "NotIn"`,
    ];
    for (const m of want) h.assert(mine.some((l) => l.endsWith(`${kn}: ${m}`)), `missing ${m}; got ${JSON.stringify(mine)}`);
    h.eq(mine.length, 5, `problems (${JSON.stringify(mine)})`);
  },
};
