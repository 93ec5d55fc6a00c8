// The Job controller adds JOB_COMPLETION_INDEX with a fieldRef without apiVersion; the Pod create goes through
// API-server defaulting (SetDefaults_ObjectFieldSelector), so the stored pod's fieldRef has apiVersion "v1",
// in every container and init container.
export default {
  id: 'defaults/indexed-env-fieldref-apiversion',
  source: 'pkg/controller/job/indexed_job_utils.go addCompletionIndexEnvVariable (FieldRef{FieldPath: ...}); pkg/apis/core/v1/defaults.go SetDefaults_ObjectFieldSelector ("if obj.APIVersion == \\"\\" { obj.APIVersion = \\"v1\\" }") via SetObjectDefaults_Pod',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completions: 1
  completionMode: Indexed
  template:
    spec:
      restartPolicy: Never
      initContainers: [{name: i, image: "busybox:1.36"}]
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const [p] = h.podsOf('ix');
    const want = [{ name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } }];
    const norm = (env) => (env ?? []).map((e) => ({ name: e.name, valueFrom: { fieldRef: { apiVersion: e.valueFrom?.fieldRef?.apiVersion, fieldPath: e.valueFrom?.fieldRef?.fieldPath } } }));
    h.eq(norm(p.spec.containers[0].env), want, 'container env');
    h.eq(norm(p.spec.initContainers[0].env), want, 'init container env');
  },
};
