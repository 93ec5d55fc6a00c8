// TestValidateJob errorCases (successPolicy): each entry as its own Indexed Job (completions 5),
// exactly one problem each, with upstream's field path and text.
const T = (name, rules) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  completionMode: Indexed
  completions: 5
  successPolicy:
    rules: ${rules}
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`;
const cases = [
  ['fmt', '[{succeededIndexes: invalid-format}]', 'spec.successPolicy.rules[0].succeededIndexes: Invalid value: "invalid-format": error parsing succeededIndexes: cannot convert string to integer for index: "invalid"'],
  ['neg', '[{succeededCount: -1}]', 'spec.successPolicy.rules[0].succeededCount: Invalid value: -1: must be greater than or equal to 0'],
  ['many', `[${Array(21).fill('{succeededCount: 5}').join(', ')}]`, 'spec.successPolicy.rules: Too many: 21: must have at most 20 items'],
  ['space', '[{succeededIndexes: "0,1-3, 4"}]', 'spec.successPolicy.rules[0].succeededIndexes: Invalid value: "0,1-3, 4": error parsing succeededIndexes: cannot convert string to integer for index: " 4"'],
  ['dash', '[{succeededIndexes: "-1,0"}]', 'spec.successPolicy.rules[0].succeededIndexes: Invalid value: "-1,0": error parsing succeededIndexes: cannot convert string to integer for index: ""'],
  ['comma', '[{succeededIndexes: "0,,1,3"}]', 'spec.successPolicy.rules[0].succeededIndexes: Invalid value: "0,,1,3": error parsing succeededIndexes: cannot convert string to integer for index: ""'],
  ['order', '[{succeededIndexes: "1-3,0,4"}]', 'spec.successPolicy.rules[0].succeededIndexes: Invalid value: "1-3,0,4": error parsing succeededIndexes: non-increasing order, previous: 3, current: 0'],
  ['same', '[{succeededIndexes: "0,1-1,4"}]', 'spec.successPolicy.rules[0].succeededIndexes: Invalid value: "0,1-1,4": error parsing succeededIndexes: non-increasing order, previous: 1, current: 1'],
  ['ddash', '[{succeededIndexes: "0,1--3"}]', `spec.successPolicy.rules[0].succeededIndexes: Invalid value: "0,1--3": error parsing succeededIndexes: the fragment "1--3" violates the requirement that an index interval can have at most two parts separated by '-'`],
];
export default {
  id: 'validationtables/job-successpolicy-table',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJob errorCases (successPolicy entries) and TestValidateIndexesString; validation.go validateSuccessPolicy/validateSuccessPolicyRule/parseIndexInterval',
  exit: 2,
  scenario: cases.map(([n, rules]) => T(`sp-${n}`, rules)).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    for (const [n, , msg] of cases) {
      const mine = lines.filter((l) => l.includes(`Job default/sp-${n}: `));
      h.eq(mine.length, 1, `sp-${n}: one problem (${mine.join(' | ')})`);
      h.assert(mine[0].endsWith(`Job default/sp-${n}: ${msg}`), `sp-${n}: got ${mine[0]}`);
    }
  },
};
