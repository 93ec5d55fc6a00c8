// The OnFailure restart limit is only checked when the Job syncs: with the Job controller down from 5s to 65s the
// container restarts at 10, 30 and 60s (restartCount 3 > backoffLimit 2) unchecked; the controller's relist at 65s
// syncs the Job at once: FailureTarget at 65s, the running container (started 60s) killed, failed 1; Failed 66s.
export default {
  id: 'onfailure/controller-down-checked-on-sync',
  source: 'job_controller.go addJob on the informer relist (enqueueSyncJobImmediately), syncJob -> pastBackoffLimitOnFailure (evaluated only inside a sync); reference job §3.6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cd}
spec:
  faults:
  - {at: 5s, controllerDown: job, for: 60s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 65], ['Failed', 'BackoffLimitExceeded', 66]], 'conditions');
    const cs = h.podsOf('j')[0].status.containerStatuses[0];
    h.eq([cs.restartCount, cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.startedAt), h.sec(cs.state.terminated?.finishedAt)], [3, 143, 60, 65], 'container');
    h.eq(job.status.failed, 1, 'failed');
  },
};
