// ephemeral-storage is not a pod-level resource: NotSupported, whose list is SupportedPodLevelResources(): cpu,
// memory and the hugepages- prefix (pod-level hugepages exist since 1.33).
export default {
  id: 'podlevel/unsupported-pod-resource-lists-hugepages',
  source: 'pkg/apis/core/validation/validation.go validatePodResourceName (field.NotSupported(fldPath, resourceName, sets.List(resourcehelper.SupportedPodLevelResources()))); component-helpers resource/helpers.go SupportedPodLevelResources (cpu, memory + v1.ResourceHugePagesPrefix, PR #130577 merged in 1.33)',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: es}
spec:
  template:
    spec:
      restartPolicy: Never
      resources: {requests: {ephemeral-storage: 1Gi}}
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/es: '));
    h.eq(lines.map((l) => l.replace(/^.*Job default\/es: /, '')), ['spec.template.spec.resources.requests[ephemeral-storage]: Unsupported value: "ephemeral-storage": supported values: "cpu", "hugepages-", "memory"'], 'problems');
  },
};
