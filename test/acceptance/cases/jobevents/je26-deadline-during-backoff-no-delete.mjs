// The deadline (15s) passes while the Job waits out the pod backoff (failure at 10s, replacement due at 20s): no active
// pod, so no SuccessfulDelete; FailureTarget and Failed are written in the same 15s sync (nothing terminating) and the
// Warning DeadlineExceeded comes at 15s; no replacement is ever created.
export default {
  id: 'jobevents/je26-deadline-during-backoff-no-delete',
  source: 'job_controller.go syncJob (queue.AddAfter at the deadline; pastActiveDeadline; deleteActivePods of no pods), enactJobFinished (terminating 0 -> Failed at once), recordJobFinished',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: db}
spec:
  activeDeadlineSeconds: 15
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'db' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    h.eq(ev.map((e) => e.slice(0, 3)), [[0, 'Normal', 'SuccessfulCreate'], [15, 'Warning', 'DeadlineExceeded']], 'job events');
    const s = h.job('db').status;
    h.eq(s.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 'Job was active longer than specified deadline', 15], ['Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline', 15]], 'conditions');
    h.eq([s.failed, h.podsOf('db').length, s.terminating], [1, 1, 0], '[failed, pods, terminating]');
  },
};
