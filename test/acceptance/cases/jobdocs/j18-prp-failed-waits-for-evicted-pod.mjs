// Job concept page, "Delayed creation of replacement pods": with podReplacementPolicy Failed the replacement is
// created only once the previous pod has reached phase Failed. The pod is evicted at 5s but ignores SIGTERM and is
// killed (137) at the end of its 20s grace period, 25s: nothing is counted before that; the sync at 26s counts it
// failed and the replacement waits for the 10s back-off from its finish (25s): created at 35s, Complete at 96s.
export default {
  id: 'jobdocs/j18-prp-failed-waits-for-evicted-pod',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#delayed-creation-of-replacement-pods; job_controller.go isPodFailed/onlyReplaceFailedPods, manageJob (diff = wantActive - terminating - active); backoff_utils.go getFinishedTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: prp-failed }
spec:
  behaviors:
  - selector: { matchLabels: { job-name: prp } }
    duration: 60s
    onSigterm: ignore
  faults:
  - { at: 5s, evictPod: default/prp-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: prp
spec:
  podReplacementPolicy: Failed
  template:
    spec:
      terminationGracePeriodSeconds: 20
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const [old, repl] = h.podsOf('prp');
    h.eq([old.status.phase, h.exitCodeOf(old), h.sec(old.status.containerStatuses[0].state.terminated.finishedAt)], ['Failed', 137, 25], 'evicted pod');
    h.eq(h.sec(repl.metadata.creationTimestamp), 35, 'replacement after the pod is Failed plus back-off');
    const job = h.job('prp');
    h.eq([job.status.failed, job.status.succeeded, job.status.terminating, h.sec(job.status.completionTime)], [1, 1, 0, 96], 'status');
  },
};
