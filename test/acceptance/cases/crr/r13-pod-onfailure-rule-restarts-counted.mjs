// With the TEMPLATE's restartPolicy OnFailure, restarts made by a container's own rule still count:
// pastBackoffLimitOnFailure sums restartCount whatever caused it. backoffLimit 1, rule Restart In [42] on a
// Never container, exits 42, 42, 0: the restart at 10s makes the sum 1 >= 1: FailureTarget at 11s, the running
// container killed (Killing, exit 143), Failed at 12s.
export default {
  id: 'crr/pod-onfailure-rule-restarts-counted',
  source: 'pkg/controller/job/job_controller.go pastBackoffLimitOnFailure (template OnFailure: sum of RestartCount of Running/Pending pods >= backoffLimit); deleteActivePods',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: oc}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "42,42,0"}}
    spec:
      restartPolicy: OnFailure
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [42]}}
`,
  check(r, h) {
    const job = h.job('oc');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
    const p = h.podsOf('oc')[0];
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount, cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.finishedAt), cs.lastState.terminated?.exitCode], ['Failed', 1, 143, 11, 42], '[phase, restartCount, exit, at, last exit]');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[11, 'Stopping container c']], 'Killing');
  },
};
