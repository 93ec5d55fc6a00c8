// Seed 003's Job omits restartPolicy: the pod default (Always) is not allowed for a Job, so the API server refuses it:
// exit 2, exactly one problem, in the API server's words; nothing simulated (stdout empty).
export default {
  id: 'seeds/s003-job-without-restartpolicy-refused',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec: RestartPolicy Always or "" -> field.Required(template.spec.restartPolicy, "valid values: \\"OnFailure\\", \\"Never\\"")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  template:
    spec:
      containers:
        - name: data-processor
          image: data-processor-image
  backoffLimit: 4
`,
  check(r, h) {
    h.eq(r.stdout, '', 'nothing on stdout');
    const lines = r.stderr.split('\n').filter((l) => l.includes('default/data-processing-job'));
    h.eq(lines.length, 1, `one problem: ${r.stderr}`);
    h.assert(/:\d+:\d+: Job default\/data-processing-job: spec\.template\.spec\.restartPolicy: Required value: valid values: "OnFailure", "Never"$/.test(lines[0]), `line: ${lines[0]}`);
  },
};
