// A Job template without restartPolicy (pod default Always) is rejected: Required, valid values OnFailure, Never.
export default {
  id: 'validation/job-restartpolicy-missing',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec: RestartPolicy == Always || "" -> field.Required(..., fmt.Sprintf("valid values: %q, %q", OnFailure, Never))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: norp
spec:
  template:
    spec:
      containers:
      - name: c
        image: busybox
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('Job default/norp: '));
    h.eq(l.length, 1, 'one problem');
    h.assert(l[0].endsWith('Job default/norp: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'), `line: ${l[0]}`);
  },
};
