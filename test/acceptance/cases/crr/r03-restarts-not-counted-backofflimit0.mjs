// The Job controller counts container restarts against backoffLimit only when the TEMPLATE's restartPolicy is
// OnFailure. Pod Never + container restartPolicy OnFailure + backoffLimit 0: three in-place restarts (10s, 30s,
// 60s; BackOff at 20s and 40s) do not fail the Job; exit 0 at 70s, Complete at 71s. (With the pod-level
// OnFailure the same Job fails at 11s.)
export default {
  id: 'crr/restarts-not-counted-backofflimit0',
  source: 'pkg/controller/job/job_controller.go pastBackoffLimitOnFailure (job.Spec.Template.Spec.RestartPolicy != OnFailure -> false); pkg/api/v1/pod/util.go ContainerShouldRestart (OnFailure: exitCode != 0)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: nc}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,1,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('nc')[0];
    h.eq(h.podsOf('nc').length, 1, 'one pod');
    h.eq([p.status.phase, p.status.containerStatuses[0].restartCount], ['Succeeded', 3], '[phase, restartCount]');
    h.eq(h.events({ kind: 'Pod', reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30, 60], 'Started');
    h.eq(h.events({ kind: 'Pod', reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [20, 40], 'BackOff');
    const job = h.job('nc');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 71], ['Complete', 'CompletionsReached', 71]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed], [1, undefined], '[succeeded, failed]');
  },
};
