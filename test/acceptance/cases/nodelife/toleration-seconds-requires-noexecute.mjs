// tolerationSeconds with an effect other than NoExecute (here: empty) is rejected.
export default {
  id: 'nodelife/toleration-seconds-requires-noexecute',
  source: "pkg/apis/core/validation/validation.go ValidateTolerations: \"effect must be 'NoExecute' when `tolerationSeconds` is set\"",
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: bad }
spec:
  template:
    spec:
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, tolerationSeconds: 60 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const err = r.stderr ?? '';
    h.assert(err.includes("spec.template.spec.tolerations[0].effect: Invalid value: \"\": effect must be 'NoExecute' when `tolerationSeconds` is set"), `stderr: ${err}`);
  },
};
