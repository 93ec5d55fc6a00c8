// Job concept page, "Pod failure policy", action Ignore: "the counter towards the .spec.backoffLimit is not incremented
// and a replacement Pod is created". backoffLimit 0 and an Ignore rule for exit code 42: the first pod exits 42 at
// 10s and the Job does not fail; the replacement still waits for the 10s pod-failure back-off (the back-off record
// takes every failed pod): created at 20s, succeeds at 30s, Complete at 31s with status.failed unset.
export default {
  id: 'jobdocs/j10-pfp-ignore-not-counted-but-backs-off',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#pod-failure-policy; job_controller.go nonIgnoredFailedPodsCount, getNewFinishedPods (failedPods by isPodFailed) -> podBackoffStore.newBackoffRecord',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: ign
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes:
        containerName: main
        operator: In
        values: [42]
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "42,0"
    spec:
      containers:
      - name: main
        image: docker.io/library/bash:5
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ign');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [[0, 'Failed', 42], [20, 'Succeeded', 0]], 'pods');
    const job = h.job('ign');
    h.eq([job.status.failed, job.status.succeeded, h.sec(job.status.completionTime)], [undefined, 1, 31], 'status');
    h.eq(job.spec.podReplacementPolicy, 'Failed', 'defaulted to Failed with a pod failure policy');
    h.noCond(job, 'Failed');
    h.noCond(job, 'FailureTarget');
  },
};
