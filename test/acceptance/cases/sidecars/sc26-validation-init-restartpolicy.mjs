// restartPolicy on an init container accepts Always (a sidecar) and, with 1.35's
// ContainerRestartRules (beta, on by default), Never and OnFailure; an unknown value is
// NotSupported: `spec.template.spec.initContainers[0].restartPolicy: Unsupported value:
// "Sometimes": supported values: "Always", "Never", "OnFailure"` (1.33/1.34 list "Always" only).
export default {
  id: 'sidecars/validation-init-restartpolicy',
  source: 'pkg/apis/core/validation/validation.go validateInitContainers -> validateInitContainerRestartPolicy (field.NotSupported(fldPath, *restartPolicy, validValues)); pkg/features/kube_features.go ContainerRestartRules (1.34 alpha off, 1.35 beta on)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  template:
    spec:
      initContainers:
      - { name: proxy, image: envoy:1.30, restartPolicy: Sometimes }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.assert(/Job default\/j: spec\.template\.spec\.initContainers\[0\]\.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"$/m.test(r.stderr),
      `restartPolicy error: ${r.stderr.slice(0, 400)}`);
  },
};
