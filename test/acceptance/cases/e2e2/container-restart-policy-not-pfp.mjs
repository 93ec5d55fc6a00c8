// e2e "containers restarted by container restart policy should not trigger PodFailurePolicy" (ContainerRestartRules,
// on by default in 1.35): pod restartPolicy Never, container restartPolicy OnFailure, FailJob on exit 1 of container c.
// The container fails once at 10s and is restarted in place (the pod stays Running, so the policy never sees a failed
// pod); it succeeds at 20s and the Job completes at 21s; active 0, ready 0, terminating 0.
export default {
  id: 'e2e2/container-restart-policy-not-pfp',
  source: 'test/e2e/apps/job.go "containers restarted by container restart policy should not trigger PodFailurePolicy" (WaitForJobComplete CompletionsReached, Active 0, Ready 0, Terminating 0); job_controller.go getNewFinishedPods/isPodFailed (only pods in phase Failed are matched by the policy)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: managed-by}
spec:
  parallelism: 1
  completions: 1
  backoffLimit: 1
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {containerName: c, operator: In, values: [1]}
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,0"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox, restartPolicy: OnFailure}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('managed-by');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 21], ['Complete', 'True', 'CompletionsReached', 21]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.active ?? 0, job.status.ready, job.status.terminating], [1, 0, 0, 0, 0], 'status');
    const pods = h.podsOf('managed-by');
    h.eq(pods.length, 1, 'one pod');
    const cs = pods[0].status.containerStatuses[0];
    h.eq([pods[0].status.phase, cs.restartCount, cs.lastState?.terminated?.exitCode, cs.state.terminated.exitCode, h.sec(cs.state.terminated.finishedAt)], ['Succeeded', 1, 1, 0, 20], 'pod restarted in place');
  },
};
