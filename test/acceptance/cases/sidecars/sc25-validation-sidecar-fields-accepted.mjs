// A sidecar may carry readinessProbe, livenessProbe, startupProbe and lifecycle (validated like a
// regular container's): the Job is accepted and completes.
export default {
  id: 'sidecars/validation-sidecar-fields-accepted',
  source: 'pkg/apis/core/validation/validation.go validateInitContainers (case restartAlways: validateLifecycle, validateLivenessProbe, validateReadinessProbe, validateStartupProbe)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      initContainers:
      - name: proxy
        image: envoy:1.30
        restartPolicy: Always
        readinessProbe: { exec: { command: [ok] } }
        livenessProbe: { exec: { command: [ok] } }
        startupProbe: { exec: { command: [ok] } }
        lifecycle: { preStop: { exec: { command: [ok] } } }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.hasCond(h.job('j'), 'Complete');
    h.eq(h.podsOf('j')[0].spec.initContainers[0].restartPolicy, 'Always', 'restartPolicy kept');
  },
};
