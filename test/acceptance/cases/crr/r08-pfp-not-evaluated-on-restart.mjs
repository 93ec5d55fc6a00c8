// podFailurePolicy looks only at Failed pods. A FailJob rule on exit code 42 does not fire when the container's
// own rule restarts it on 42 in place: exits 42, 0: restarted at 10s, Succeeded at 20s, Job Complete at 21s.
export default {
  id: 'crr/pfp-not-evaluated-on-restart',
  source: 'pkg/controller/job/job_controller.go (getNewFinishedPods: only pods in phase Failed go through matchPodFailurePolicy); pkg/controller/job/pod_failure_policy.go matchOnExitCodes (State.Terminated of the final statuses)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pn}
spec:
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [42]}
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "42,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [42]}}
`,
  check(r, h) {
    const job = h.job('pn');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 21], ['Complete', 'CompletionsReached', 21]], 'conditions');
    h.eq(h.events({ reason: 'PodFailurePolicy' }).length, 0, 'no PodFailurePolicy event');
    const p = h.podsOf('pn')[0];
    h.eq([p.status.phase, p.status.containerStatuses[0].restartCount, p.status.containerStatuses[0].lastState.terminated?.exitCode], ['Succeeded', 1, 42], '[phase, restartCount, last exit]');
  },
};
