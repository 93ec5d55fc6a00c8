// job-success-policy-example.yaml as published has neither metadata.name nor a restartPolicy: the API server refuses it
// with both problems (restartPolicy defaults to Always for a pod template and a Job accepts only OnFailure or Never).
export default {
  id: 'docsexamples/d19-success-policy-example-file-rejected',
  source: 'kubernetes/website content/en/examples/controllers/job-success-policy-example.yaml; apimachinery ValidateObjectMeta ("name or generateName is required"); pkg/apis/batch/validation/validation.go validateJobSpec restartPolicy',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
spec:
  parallelism: 10
  completions: 10
  completionMode: Indexed # Required for the feature
  successPolicy:
    rules:
      - succeededIndexes: 0-2
        succeededCount: 1
  template:
    spec:
      containers:
      - name: main
        image: python
        command:          # The jobs succeed as there is one succeeded index
                          # among indexes 0, 1, and 2.
          - python3
          - -c
          - |
            import os, sys
            if os.environ.get("JOB_COMPLETION_INDEX") == "1":
              sys.exit(0)
            else:
              sys.exit(1)
`,
  check(r, h) {
    h.assert(r.stderr.includes('metadata.name: Required value: name or generateName is required'), `stderr: ${r.stderr}`);
    h.assert(r.stderr.includes('spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'), `stderr: ${r.stderr}`);
    h.eq(r.stdout, '', 'nothing simulated');
  },
};
