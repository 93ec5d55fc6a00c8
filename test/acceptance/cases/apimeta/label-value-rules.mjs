// Label values: at most 63 characters, empty or alphanumeric at both ends with '-', '_', '.' inside.
const J = (name, labels) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
  labels: ${labels}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`;
const V = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const v64 = 'v'.repeat(64);
const cases = [
  ['long', `{a: "${v64}"}`, [`metadata.labels: Invalid value: "${v64}": must be no more than 63 characters`]],
  ['dash', '{a: "-v"}', [`metadata.labels: Invalid value: "-v": ${V}`]],
  ['space', '{a: "x y"}', [`metadata.labels: Invalid value: "x y": ${V}`]],
  ['both', `{a: "${'-'.repeat(64)}"}`, [`metadata.labels: Invalid value: "${'-'.repeat(64)}": must be no more than 63 characters`, `metadata.labels: Invalid value: "${'-'.repeat(64)}": ${V}`]],
];
export default {
  id: 'apimeta/label-value-rules',
  source: 'apimachinery pkg/apis/meta/v1/validation ValidateLabels (validation.IsValidLabelValue: MaxLenError(LabelValueMaxLength 63), RegexError(labelValueErrMsg, labelValueFmt, "MyValue", "my_value", "12345"))',
  exit: 2,
  scenario: cases.map(([n, l]) => J(n, l)).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    for (const [n, , want] of cases) {
      const mine = lines.filter((l) => l.includes(`Job default/${n}: `));
      for (const m of want) h.assert(mine.some((l) => l.endsWith(`Job default/${n}: ${m}`)), `${n}: missing ${m}\n got ${mine.join('\n')}`);
      h.eq(mine.length, want.length, `${n}: number of problems`);
    }
  },
};
