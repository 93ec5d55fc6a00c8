// Indexed: <name>-<completions-1> must be a DNS-1123 label, else metadata.name is invalid.
const name = 'a'.repeat(59);
export default {
  id: 'validation/indexed-hostname',
  source: 'pkg/apis/batch/validation/validation.go ValidateJob ("will not able to create pod with invalid DNS label: %s")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  completionMode: Indexed
  completions: 10000
  parallelism: 1
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: ${'b'.repeat(59)}
spec:
  completionMode: Indexed
  completions: 1000
  parallelism: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    h.assert(lines.some((l) => l.endsWith(`Job default/${name}: metadata.name: Invalid value: "${name}": will not able to create pod with invalid DNS label: ${name}-9999`)), r.stderr.slice(0, 400));
    h.assert(!lines.some((l) => l.includes('bbbb')), `59 chars + "-999" = 63 is fine: ${r.stderr.slice(0, 400)}`);
  },
};
