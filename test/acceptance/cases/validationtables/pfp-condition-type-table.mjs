// onPodConditions[].type is a qualified name: "" breaks both the non-empty and the regex rule of
// IsQualifiedName; "Invalid Condition Type" the regex rule.
const T = (name, pat) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  podFailurePolicy:
    rules: [{action: Ignore, onPodConditions: [${pat}]}]
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`;
const RE = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
export default {
  id: 'validationtables/pfp-condition-type-table',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJob errorCases (onPodConditions[0].type "" "name part must be non-empty"; "Invalid Condition Type"); validation.go validatePodFailurePolicyRuleOnPodConditions (ValidateQualifiedName); apimachinery IsQualifiedName',
  exit: 2,
  scenario: [T('notype', '{status: "True"}'), T('badtype', '{type: Invalid Condition Type, status: "True"}')].join('---\n'),
  check(r, h) {
    const P = 'spec.podFailurePolicy.rules[0].onPodConditions[0].type';
    const lines = r.stderr.split('\n');
    const a = lines.filter((l) => l.includes('Job default/notype: '));
    h.eq(a.length, 2, `notype: two problems: ${a.join(' | ')}`);
    h.assert(a[0].endsWith(`${P}: Invalid value: "": name part must be non-empty`), `notype first: ${a[0]}`);
    h.assert(a[1].endsWith(`${P}: Invalid value: "": ${RE}`), `notype second: ${a[1]}`);
    const b = lines.filter((l) => l.includes('Job default/badtype: '));
    h.eq(b.length, 1, `badtype: one problem: ${b.join(' | ')}`);
    h.assert(b[0].endsWith(`${P}: Invalid value: "Invalid Condition Type": ${RE}`), `badtype: ${b[0]}`);
  },
};
