// Integers as go-yaml v2 resolves plain scalars (strconv.ParseInt base 0 after dropping "_"): 0x10 = 16,
// 0b11 = 3, 010 = 8 (YAML 1.1 octal), 0o10 = 8, +5 = 5, 1__0 = 10, 0x_1F = 31; 1.0 and 1e1 are floats that
// the JSON decoder takes for int32 (1, 10); `~` is null, so the default applies (parallelism 1).
const jobs = [['hex', '0x10', 16], ['bin', '0b11', 3], ['oct', '010', 8], ['oct-o', '0o10', 8], ['plus', '+5', 5], ['under', '1__0', 10], ['hexu', '0x_1F', 31], ['float', '1.0', 1], ['exp', '1e1', 10], ['tilde', '~', 1]];
export default {
  id: 'robust/yaml11-int-forms',
  source: 'vendor/sigs.k8s.io/yaml/goyaml.v2/resolve.go resolve() (plain = strings.Replace(in, "_", "", -1); ParseInt(plain, 0, 64); 0b prefix; yamlStyleFloat); README "Scalars are read as kubectl reads them"',
  scenario: jobs.map(([n, v]) => `apiVersion: batch/v1
kind: Job
metadata: {name: ${n}}
spec:
  suspend: true
  parallelism: ${v}
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`).join('---\n'),
  check(r, h) {
    for (const [n, , want] of jobs) h.eq(h.job(n).spec.parallelism, want, `${n} parallelism`);
  },
};
