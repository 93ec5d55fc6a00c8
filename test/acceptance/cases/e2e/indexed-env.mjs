// e2e conformance description of the Indexed job test: "Ensure that created pods have completion index annotation and
// environment variable": JOB_COMPLETION_INDEX from the pod's completion-index label (PodIndexLabel on).
export default {
  id: 'e2e/indexed-env',
  source: 'test/e2e/apps/job.go ConformanceIt "should create pods for an Indexed job with completion indexes and specified hostname" (Description: annotation and environment variable); job_controller.go addCompletionIndexEnvVariable; reference job-controller §12',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: indexed-job}
spec:
  parallelism: 2
  completions: 2
  completionMode: Indexed
  template:
    metadata: {annotations: {jobsim/duration: 2s}}
    spec:
      containers: [{name: c, image: busybox, command: [/bin/sh, -c, exit 0]}]
      restartPolicy: Never
`,
  check(r, h) {
    for (const p of h.podsOf('indexed-job')) {
      h.eq(p.spec.containers[0].env, [{ name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } }], `${p.metadata.name} env`);
    }
  },
};
