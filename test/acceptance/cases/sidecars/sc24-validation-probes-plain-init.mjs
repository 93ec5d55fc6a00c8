// lifecycle and probes are allowed only on restartable init containers: on a plain init container the
// API server answers Forbidden "may not be set for init containers without restartPolicy=Always" (one
// error per field, on the field's path), while the sidecar beside it may carry them.
export default {
  id: 'sidecars/validation-probes-plain-init',
  source: 'pkg/apis/core/validation/validation.go validateInitContainers (default branch: field.Forbidden(idxPath.Child("lifecycle"|"livenessProbe"|"readinessProbe"|"startupProbe"), "may not be set for init containers without restartPolicy=Always"); restartAlways branch validates them like a regular container\'s)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  template:
    spec:
      initContainers:
      - name: setup
        image: busybox:1.36
        readinessProbe: { exec: { command: [ok] } }
        lifecycle: { preStop: { exec: { command: [ok] } } }
      - name: proxy
        image: envoy:1.30
        restartPolicy: Always
        readinessProbe: { exec: { command: [ok] } }
        startupProbe: { exec: { command: [ok] } }
        lifecycle: { preStop: { exec: { command: [ok] } } }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/j: '));
    const P = 'Job default/j: spec.template.spec.initContainers[0].';
    h.assert(lines.some((l) => l.endsWith(P + 'readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always')), `readinessProbe: ${r.stderr.slice(0, 500)}`);
    h.assert(lines.some((l) => l.endsWith(P + 'lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always')), `lifecycle: ${r.stderr.slice(0, 500)}`);
    h.eq(lines.length, 2, `two problems, none on the sidecar: ${JSON.stringify(lines)}`);
  },
};
