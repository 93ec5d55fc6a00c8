// A Job created by the timeline is validated as any create: its finalizers (orphan with foregroundDeletion) and an
// annotation key with two slashes are refused, reported at the create's metadata fields.
export default {
  id: 'apimeta/timeline-create-metadata-validated',
  source: 'apimachinery pkg/api/validation/objectmeta.go ValidateFinalizers ("cannot be both set"), ValidateAnnotations (IsQualifiedName of the lowercased key); registry rest.BeforeCreate -> strategy.Validate',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m}
spec:
  duration: 1m
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late, finalizers: [orphan, foregroundDeletion], annotations: {"A/b/c": x}}
      spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: busybox}]}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/late'));
    h.eq(lines.length, 2, lines.join(' | '));
    h.assert(lines[0].endsWith(':11:30: Job default/late: metadata.finalizers: Invalid value: []string{"orphan", "foregroundDeletion"}: finalizer orphan and foregroundDeletion cannot be both set'), lines[0]);
    h.assert(/:11:\d+: Job default\/late: metadata\.annotations: Invalid value: "A\/b\/c": a valid label key must consist of /.test(lines[1]), lines[1]);
  },
};
