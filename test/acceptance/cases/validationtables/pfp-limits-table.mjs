// TestValidateJob errorCases (podFailurePolicy limits and duplicates), one Job per entry. Where the
// upstream object breaks two rules (values 0..255 with In: too many AND a 0), both are reported.
const T = (name, rules) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  podFailurePolicy:
    rules: ${rules}
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`;
const P = 'spec.podFailurePolicy.rules';
const cases = [
  ['dup', '[{action: FailJob, onExitCodes: {operator: In, values: [11, 11]}}]', [`${P}[0].onExitCodes.values[1]: Duplicate value: 11`]],
  ['dup3', '[{action: FailJob, onExitCodes: {operator: In, values: [12, 13, 13, 13]}}]', [`${P}[0].onExitCodes.values[2]: Duplicate value: 13`, `${P}[0].onExitCodes.values[3]: Duplicate value: 13`]],
  ['values256', `[{action: FailJob, onExitCodes: {operator: In, values: [${[...Array(256).keys()].join(', ')}]}}]`,
    [`${P}[0].onExitCodes.values: Too many: 256: must have at most 255 items`, `${P}[0].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator`]],
  ['rules21', `[${[...Array(21).keys()].map((i) => `{action: FailJob, onExitCodes: {operator: In, values: [${i + 1}]}}`).join(', ')}]`, [`${P}: Too many: 21: must have at most 20 items`]],
  ['conds21', `[{action: FailJob, onPodConditions: [${[...Array(21).keys()].map((i) => `{type: CustomType_${i}, status: "True"}`).join(', ')}]}]`, [`${P}[0].onPodConditions: Too many: 21: must have at most 20 items`]],
  ['noop', '[{action: FailJob, onExitCodes: {operator: "", values: [1, 2, 3]}}]', [`${P}[0].onExitCodes.operator: Required value: valid values: ["In" "NotIn"]`]],
  ['xyz', '[{action: Ignore, onExitCodes: {containerName: abc, operator: In, values: [1, 2, 3]}}, {action: FailJob, onExitCodes: {containerName: xyz, operator: In, values: [5, 6, 7]}}]',
    [`${P}[1].onExitCodes.containerName: Invalid value: "xyz": must be one of the container or initContainer names in the pod template`]],
];
export default {
  id: 'validationtables/pfp-limits-table',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJob errorCases (podFailurePolicy: Duplicate value 11/13, Too many 256/21/21, must not be 0, Required operator, containerName xyz); validation.go validatePodFailurePolicy, validatePodFailurePolicyRuleOnExitCodes (0 check, duplicate, then "must be ordered" after the loop)',
  exit: 2,
  scenario: cases.map(([n, rules]) => T(`p-${n}`, rules)).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    for (const [n, , want] of cases) {
      const mine = lines.filter((l) => l.includes(`Job default/p-${n}: `));
      for (const m of want) h.assert(mine.some((l) => l.endsWith(`Job default/p-${n}: ${m}`)), `p-${n}: missing ${m} in ${mine.join(' | ').slice(0, 600)}`);
      h.eq(mine.length, want.length, `p-${n}: number of problems (${mine.join(' | ').slice(0, 600)})`);
    }
  },
};
