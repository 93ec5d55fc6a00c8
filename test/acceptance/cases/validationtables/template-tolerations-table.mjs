// ValidateTolerations on a Job's pod template: unsupported operator, empty key without Exists,
// tolerationSeconds without NoExecute, a bad value for Equal (reported on .operator), an unknown effect.
const T = (name, tol) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
      tolerations: [${tol}]
`;
const P = 'spec.template.spec.tolerations[0]';
const cases = [
  ['op', '{key: foo, operator: Foo, value: bar}', `${P}.operator: Unsupported value: "Foo": supported values: "Equal", "Exists"`],
  ['nokey', '{operator: Equal, value: bar}', `${P}.operator: Invalid value: "Equal": operator must be Exists when \`key\` is empty, which means "match all values and all keys"`],
  ['nokey-noop', '{value: bar}', `${P}.operator: Invalid value: "": operator must be Exists when \`key\` is empty, which means "match all values and all keys"`],
  ['secs', '{key: foo, operator: Exists, effect: NoSchedule, tolerationSeconds: 5}', `${P}.effect: Invalid value: "NoSchedule": effect must be 'NoExecute' when \`tolerationSeconds\` is set`],
  ['val', '{key: foo, value: "bad value"}', `${P}.operator: Invalid value: "bad value": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`],
  ['eff', '{key: foo, operator: Exists, effect: NoScheduleNoAdmit}', `${P}.effect: Unsupported value: "NoScheduleNoAdmit": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"`],
  ['key', '{key: "-foo", operator: Exists}', `${P}.key: Invalid value: "-foo": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`],
];
export default {
  id: 'validationtables/template-tolerations-table',
  source: 'pkg/apis/core/validation/validation.go ValidateTolerations (ValidateLabelName key; "operator must be Exists when `key` is empty"; "effect must be \'NoExecute\' when `tolerationSeconds` is set"; IsValidLabelValue on .operator for Equal/""; NotSupported operator; validateTaintEffect)',
  exit: 2,
  scenario: cases.map(([n, t]) => T(`t-${n}`, t)).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    for (const [n, , m] of cases) {
      const mine = lines.filter((l) => l.includes(`Job default/t-${n}: `));
      h.eq(mine.length, 1, `t-${n}: one problem (${mine.join(' | ')})`);
      h.assert(mine[0].endsWith(`Job default/t-${n}: ${m}`), `t-${n}: got ${mine[0]}`);
    }
  },
};
