// The same exit status 2 and stderr report whatever the output format (-o text).
export default {
  id: 'validation/error-format-text-mode',
  source: 'CONTRACT.md §1 exit status (2: the input is invalid and nothing was simulated)',
  exit: 2,
  args: ['-o', 'text'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: t
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing printed on stdout');
    h.assert(/\.yaml:\d+:\d+: Job default\/t: spec\.template\.spec\.restartPolicy: Required value: valid values: "OnFailure", "Never"/.test(r.stderr), r.stderr.slice(0, 300));
  },
};
