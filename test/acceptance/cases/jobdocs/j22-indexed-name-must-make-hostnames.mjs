// Job concept page, "Completion mode": an Indexed Job's pods get the hostname "$(job-name)-$(index)", which must be a
// DNS label; a Job name that is a valid DNS subdomain but contains a dot ("example.job") is refused for an Indexed Job
// (exit 2, naming the largest hostname), while the same name is fine for a NonIndexed Job.
export default {
  id: 'jobdocs/j22-indexed-name-must-make-hostnames',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#completion-mode; pkg/apis/batch/validation/validation.go ValidateJob ("will not able to create pod with invalid DNS label: %s" for name-(completions-1))',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: example.job
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    spec:
      subdomain: headless-svc
      restartPolicy: Never
      containers:
      - name: example-workload
        image: bash:latest
---
apiVersion: batch/v1
kind: Job
metadata:
  name: example.job2
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: example-workload
        image: bash:latest
`,
  check(r, h) {
    h.assert(r.stderr.includes('Job default/example.job: metadata.name: Invalid value: "example.job": will not able to create pod with invalid DNS label: example.job-2'), `stderr: ${r.stderr}`);
    h.assert(!r.stderr.includes('example.job2'), `the NonIndexed Job is valid: ${r.stderr}`);
    h.assert(/1 problem\(s\) found/.test(r.stderr), `one problem: ${r.stderr}`);
  },
};
