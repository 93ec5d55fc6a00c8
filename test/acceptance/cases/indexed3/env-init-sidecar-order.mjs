// JOB_COMPLETION_INDEX is appended after the container's own env, to every init container (a sidecar included) and
// every regular container; a container that already declares the name keeps its own value and gets nothing added.
export default {
  id: 'indexed3/env-init-sidecar-order',
  source: 'pkg/controller/job/indexed_job_utils.go addCompletionIndexEnvVariables (InitContainers then Containers), addCompletionIndexEnvVariable (skip when the name exists; append fieldRef metadata.labels[...] with PodIndexLabel); reference §12',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: env}
spec:
  completionMode: Indexed
  completions: 1
  template:
    spec:
      initContainers:
      - {name: side, image: busybox, restartPolicy: Always, env: [{name: A, value: "1"}]}
      - {name: init, image: busybox}
      containers:
      - {name: c, image: busybox, env: [{name: X, value: "1"}, {name: Z, value: "2"}]}
      - {name: d, image: busybox, env: [{name: JOB_COMPLETION_INDEX, value: "z"}]}
      restartPolicy: Never
`,
  check(r, h) {
    const [p] = h.podsOf('env');
    const idx = { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } };
    h.eq(p.spec.initContainers.map((c) => c.env), [[{ name: 'A', value: '1' }, idx], [idx]], 'init containers env');
    h.eq(p.spec.containers.map((c) => c.env), [[{ name: 'X', value: '1' }, { name: 'Z', value: '2' }, idx], [{ name: 'JOB_COMPLETION_INDEX', value: 'z' }]], 'containers env');
    const job = h.job('env');
    h.eq(job.spec.template.spec.containers[0].env.length, 2, 'the Job template itself is not changed');
  },
};
