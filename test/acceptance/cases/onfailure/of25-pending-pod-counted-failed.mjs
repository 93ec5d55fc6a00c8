// When the OnFailure restart limit fails the Job, every pod that has not succeeded is deleted and counted failed,
// an unschedulable Pending pod (restartCount 0) included. One 1-cpu node, parallelism 2 with 1-cpu pods: one runs
// and restarts at 10s (backoffLimit 1), the other waits unschedulable. At 11s both are deleted (the unbound one
// with grace 0: deletionTimestamp 11s; the bound one 11 + 30s): failed 2; Failed at 12s.
export default {
  id: 'onfailure/pending-pod-counted-failed',
  source: 'job_controller.go deleteActivePods (all active pods), trackJobStatusAndRemoveFinalizers (finishedCondition is a failure -> every non-succeeded pod to uncounted.failed); pkg/registry/core/pod/strategy.go CheckGracefulDelete (no nodeName -> grace 0); reference job §2.5, §2.7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pe}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 1
  parallelism: 2
  completions: 2
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
    h.eq([job.status.failed, job.status.active, job.status.terminating], [2, undefined, 0], '[failed, active, terminating]');
    const pods = h.podsOf('j');
    const bound = pods.find((p) => p.spec.nodeName), unbound = pods.find((p) => !p.spec.nodeName);
    h.eq([bound.status.phase, bound.status.containerStatuses[0].restartCount, h.sec(bound.metadata.deletionTimestamp)], ['Failed', 1, 41], 'running pod');
    h.eq([unbound.status.phase, h.sec(unbound.metadata.deletionTimestamp)], ['Pending', 11], 'unschedulable pod');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [11, 11], 'two deletions');
  },
};
