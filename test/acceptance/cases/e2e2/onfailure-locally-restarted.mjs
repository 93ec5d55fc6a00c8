// e2e ConformanceIt "should run a job to completion when tasks sometimes fail and are locally restarted": OnFailure,
// parallelism 2, completions 4; every pod's container fails once (exit 1 at 10s) and is restarted in place at once (the
// kubelet's back-off only applies from the second restart), succeeds at 20s; the next two pods (21s) do the same and
// the Job completes at 42s with failed 0 (restarts in place are not failed pods) and restartCount 1 on each pod.
export default {
  id: 'e2e2/onfailure-locally-restarted',
  source: 'test/e2e/apps/job.go ConformanceIt "should run a job to completion when tasks sometimes fail and are locally restarted" (failOnce, RestartPolicyOnFailure, WaitForJobComplete CompletionsReached); kuberuntime_manager.go doBackOff (no entry: restart now, then Next); job_controller.go (restarts counted only against backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: fail-once-local}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0,0,1,1,0"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('fail-once-local');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'CompletionsReached', 42], ['Complete', 'CompletionsReached', 42]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0, h.sec(job.status.completionTime)], [4, 0, 42], 'status');
    const pods = h.podsOf('fail-once-local');
    h.eq(pods.map((p) => {
      const cs = p.status.containerStatuses[0];
      return [h.sec(p.metadata.creationTimestamp), p.status.phase, cs.restartCount, cs.lastState?.terminated?.exitCode, h.sec(cs.lastState?.terminated?.finishedAt), cs.state.terminated.exitCode, h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)];
    }), [[0, 'Succeeded', 1, 1, 10, 0, 10, 20], [0, 'Succeeded', 1, 1, 10, 0, 10, 20], [21, 'Succeeded', 1, 1, 31, 0, 31, 41], [21, 'Succeeded', 1, 1, 31, 0, 31, 41]], 'pods restarted in place once, without back-off');
    h.eq(h.events({ reason: 'BackOff' }).length, 0, 'no BackOff event');
  },
};
