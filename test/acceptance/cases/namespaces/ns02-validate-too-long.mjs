// A 64-character namespace is refused with IsDNS1123Label's length message only (the regex matches);
// a 63-character one is accepted and its pods and events live in it.
const long = 'n'.repeat(64), ok = 'n'.repeat(63);
const job = (ns, name) => `apiVersion: batch/v1
kind: Job
metadata: {name: ${name}, namespace: ${ns}}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'namespaces/ns02-validate-too-long',
  source: 'util/validation IsDNS1123Label (len > 63: "must be no more than 63 characters")',
  exit: 2,
  scenario: job(long, 'a') + '---\n' + job(ok, 'b'),
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [`3:21: Job ${long}/a: metadata.namespace: Invalid value: "${long}": must be no more than 63 characters`], 'only the 64-char namespace is refused');
  },
};
