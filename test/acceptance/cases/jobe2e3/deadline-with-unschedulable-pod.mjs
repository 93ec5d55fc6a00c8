// One node with 2 cpu, a Job of 3 pods requesting 1 cpu each, activeDeadlineSeconds 50: two pods run, the third stays
// Pending (FailedScheduling). At 50s FailureTarget DeadlineExceeded: all three deleted and counted failed (failed 3); the
// unscheduled one goes at once (no grace period for an unbound pod), the running ones stop on SIGTERM (143). The deletions
// count as terminating in that sync (terminating 3), so Failed comes at 51s.
export default {
  id: 'jobe2e3/deadline-with-unschedulable-pod',
  source: 'test/e2e/apps/job.go "should fail when exceeds active deadline" and "should run a job to completion with CPU requests" (cpu requests over a node\'s allocatable); test/integration/job/job_test.go TestDelayTerminalPhaseCondition; job_controller.go syncJob (pastActiveDeadline, deleteActivePods, *jobCtx.terminating += deleted), enactJobFinished; registry/core/pod/strategy.go CheckGracefulDelete (len(pod.Spec.NodeName) == 0 -> period 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cpu}
spec:
  cluster:
    nodePools:
      - {name: node, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: cpu}
spec:
  parallelism: 3
  completions: 3
  activeDeadlineSeconds: 50
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers:
      - name: c
        image: busybox
        resources: {requests: {cpu: "1"}}
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('cpu');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 50], ['Failed', 'DeadlineExceeded', 51]], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.ready, job.status.terminating], [3, 0, 0, 0], '[failed, active, ready, terminating]');
    const pods = h.podsOf('cpu');
    const pending = pods.filter((p) => !p.spec.nodeName);
    h.eq(pending.length, 1, 'one pod never bound');
    h.eq([pending[0].status.phase, h.sec(pending[0].metadata.deletionTimestamp)], ['Pending', 50], 'the unbound pod: deleted at 50s with no grace period');
    h.eq(pods.filter((p) => p.spec.nodeName).map((p) => [p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp)]), [['Failed', 143, 80], ['Failed', 143, 80]], 'bound pods: SIGTERM at 50s, grace 30s');
    h.eq(h.events({ kind: 'Pod', name: pending[0].metadata.name, reason: 'FailedScheduling' }).length, 1, 'FailedScheduling recorded');
    h.eq(h.events({ kind: 'Job', name: 'cpu' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [h.sec(e.firstTimestamp), e.reason]),
      [[50, 'SuccessfulDelete'], [50, 'SuccessfulDelete'], [50, 'SuccessfulDelete'], [51, 'DeadlineExceeded']], 'Job events');
  },
};
