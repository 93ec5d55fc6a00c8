// metadata.labels keys are qualified names: the prefix (before '/') must be a lowercase DNS subdomain of at most 253
// characters and not empty; the name part is required; more than one '/' is refused as a whole. Errors name the
// map (metadata.labels), not the key, with the key as the value.
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
const p254 = ['a'.repeat(63), 'a'.repeat(63), 'a'.repeat(63), 'a'.repeat(60), 'bb'].join('.'); // 254
const SUB = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const NAMERE = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const cases = [
  ['upper', '{"Example.com/a": x}', [`metadata.labels: Invalid value: "Example.com/a": prefix part ${SUB}`]],
  ['emptyprefix', '{"/a": x}', ['metadata.labels: Invalid value: "/a": prefix part must be non-empty']],
  ['twoslash', '{"a/b/c": x}', [`metadata.labels: Invalid value: "a/b/c": a valid label key ${NAMERE} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`]],
  ['emptyname', '{"example.com/": x}', ['metadata.labels: Invalid value: "example.com/": name part must be non-empty', `metadata.labels: Invalid value: "example.com/": name part ${NAMERE}`]],
  ['longprefix', `{"${p254}/n": x}`, [`metadata.labels: Invalid value: "${p254}/n": prefix part must be no more than 253 characters`]],
  ['longname', `{"${'k'.repeat(64)}": x}`, [`metadata.labels: Invalid value: "${'k'.repeat(64)}": name part must be no more than 63 characters`]],
];
export default {
  id: 'apimeta/label-key-prefix-rules',
  source: 'apimachinery pkg/apis/meta/v1/validation ValidateLabels -> ValidateLabelName (validation.IsQualifiedName: prefix IsDNS1123Subdomain "prefix part ...", EmptyError, MaxLenError(63) for the name part, the combined qualifiedNameErrMsg when there are two slashes)',
  exit: 2,
  scenario: cases.map(([n, l]) => J(n, l)).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    for (const [n, , want] of cases) {
      const mine = lines.filter((l) => l.includes(`Job default/${n}: `));
      for (const m of want) h.assert(mine.some((l) => l.endsWith(`Job default/${n}: ${m}`)), `${n}: missing ${m}\n got ${mine.join('\n')}`);
      h.eq(mine.length, want.length, `${n}: number of problems`);
    }
    h.assert(lines.some((l) => /^.*:5:3: Job default\/upper: /.test(l)), 'position of the first labels map');
  },
};
