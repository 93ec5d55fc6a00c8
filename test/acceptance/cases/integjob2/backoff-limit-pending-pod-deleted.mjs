// TestFinalizersClearedWhenBackoffLimitExceeded / TestDelayTerminalPhaseCondition "job backoff limit exceeded": a 2/2
// Job (backoffLimit 0) on a node that fits one pod; scheduling takes 2s, so the second pod is still unscheduled when
// the first fails (12s). The sync at 13s adds FailureTarget and deletes the Pending pod: not bound to a node, it is
// deleted at once (deletionTimestamp = now), is counted failed and loses its finalizer; since that sync counts it as
// terminating, Failed comes in the next sync (14s), once the pod is gone. failed 2, no finalizer left.
export default {
  id: 'integjob2/backoff-limit-pending-pod-deleted',
  source: 'test/integration/job/job_test.go TestFinalizersClearedWhenBackoffLimitExceeded (validateJobFailed, validateNoOrphanPodsWithFinalizers), TestDelayTerminalPhaseCondition; job_controller.go syncJob (terminating += deleted after deleteActivePods), deleteActivePods (finalizers preserved), enactJobFinished; registry/core/pod strategy CheckGracefulDelete (unscheduled pod: grace 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pend}
spec:
  latencies: {scheduling: 2s}
  cluster:
    nodePools:
      - {name: w, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pj}
spec:
  completions: 2
  parallelism: 2
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: main-container, image: foo, resources: {requests: {cpu: 800m}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('pj');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 13], ['Failed', 'BackoffLimitExceeded', 14]], 'conditions');
    h.eq([job.status.failed, job.status.terminating, job.status.active ?? 0], [2, 0, 0], '[failed, terminating, active]');
    h.eq(h.podsOf('pj').map((p) => [p.spec.nodeName ?? null, p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers ?? []]),
      [['w-1', 'Failed', undefined, []], [null, 'Pending', 13, []]], 'pods [node, phase, deletionTimestamp, finalizers]');
    h.eq(h.events({ kind: 'Job', name: 'pj' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [e.reason, h.sec(e.firstTimestamp)]),
      [['SuccessfulDelete', 13], ['BackoffLimitExceeded', 14]], 'job events after creation');
  },
};
