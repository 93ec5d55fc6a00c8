// Pod failure policy task: "if the Pod failure policy was disabled the Pod disruption would result in terminating the
// entire Job (as the .spec.backoffLimit is set to 0)". Without the policy (podReplacementPolicy TerminatingOrFailed) the
// evicted pod counts as failed at once; at the next sync (31s) failed 1 > 0: FailureTarget BackoffLimitExceeded, the other
// running pod is deleted and counted too; Failed once it has terminated (32s).
export default {
  id: 'docsexamples/d14-pfp-ignore-without-policy',
  source: 'kubernetes.io/docs/tasks/job/pod-failure-policy/ (comparison sentence); job_controller.go isPodFailed, trackJobStatusAndRemoveFinalizers (running pods of a failed Job count as failed), enactJobFinished; reference job §2.4 step 4, §2.7, §2.8, §4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: drain
spec:
  faults:
  - { at: 30s, evictPod: default/job-pod-failure-policy-ignore-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job-pod-failure-policy-ignore
spec:
  completions: 4
  parallelism: 2
  template:
    metadata:
      annotations:
        jobsim/duration: "90s"
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: docker.io/library/bash:5
        command: ["bash"]
        args:
        - -c
        - echo "Hello world! I'm going to exit with 0 (success)." && sleep 90 && exit 0
  backoffLimit: 0
`,
  check(r, h) {
    const job = h.job('job-pod-failure-policy-ignore');
    const msg = 'Job has reached the specified backoff limit';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', msg, 31], ['Failed', 'BackoffLimitExceeded', msg, 32]], 'conditions');
    h.eq(h.podsOf('job-pod-failure-policy-ignore').length, 2, 'no replacement');
    h.eq([job.status.failed, job.status.succeeded], [2, undefined], 'both pods failed');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[32, 'BackoffLimitExceeded']], 'warning');
  },
};
