// backoffLimit is mutable. A crash-looping OnFailure pod has restartCount 2 (restarts at 10s and 30s); patching
// backoffLimit from 6 to 2 at 35s changes the Job's generation, so the Job is synced at once (not batched): the sum
// 2 >= 2 sets FailureTarget at 35s, the running container is killed; Failed at 36s.
export default {
  id: 'onfailure/patch-backofflimit-down',
  source: 'job_controller.go updateJob (generation changed -> enqueueSyncJobImmediately), pastBackoffLimitOnFailure; validation ValidateJobSpecUpdate (backoffLimit mutable); reference job §1.3, §3.6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pd}
spec:
  timeline:
  - {at: 35s, patch: {kind: Job, name: j, spec: {backoffLimit: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('j');
    h.eq([job.spec.backoffLimit, job.metadata.generation], [2, 2], '[backoffLimit, generation]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 35], ['Failed', 'BackoffLimitExceeded', 36]], 'conditions');
    const p = h.podsOf('j')[0];
    const cs = p.status.containerStatuses[0];
    h.eq([cs.restartCount, cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.startedAt), h.sec(cs.state.terminated?.finishedAt)], [2, 143, 30, 35], 'third run killed at 35s');
    h.eq(job.status.failed, 1, 'failed');
  },
};
