// The containerName rules match only container "main"; the pod's exit code 42 matches neither
// rule: default handling (counted, replaced after the 10s back-off).
export default {
  id: 'policy/container-name-no-match',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "default handling for pod failure if the container matching the exit codes does not match the containerName restriction"',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { containerName: main, operator: In, values: [1, 2, 3] } }
    - { action: FailJob, onExitCodes: { containerName: main, operator: In, values: [5, 6, 7] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "42,0" } }
    spec:
      containers: [{ name: monitoring, image: busybox }, { name: main, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.noCond(job, 'FailureTarget');
    h.eq([job.status.failed, job.status.succeeded], [1, 1], '[failed, succeeded]');
    h.eq(h.podsOf('x').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20], 'creation times');
  },
};
