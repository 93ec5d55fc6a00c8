// controllerDown job: the only pod succeeds at 10s while the Job controller is down (5s-60s). The Job's
// activeDeadlineSeconds (30) passed meanwhile, measured from startTime (0s). On return syncJob checks the
// failure conditions (backoffLimit, then pastActiveDeadline) before the completion check, so the Job fails with
// DeadlineExceeded at 60s although its pod succeeded before the deadline; the succeeded pod is still counted.
export default {
  id: 'faults/cdjob-deadline-after-success',
  source: 'pkg/controller/job/job_controller.go syncJob (pastActiveDeadline evaluated before manageJob/complete; finishedCondition set -> canRemoveFinalizer counts the Succeeded pod), newFailureCondition (FailureTarget), enactJobFinished',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ads}
spec:
  faults:
  - {at: 5s, controllerDown: job, for: 55s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    const p = h.podsOf('j');
    h.eq(p.length, 1, 'one pod');
    h.eq([p[0].status.phase, h.sec(p[0].status.containerStatuses[0].state.terminated.finishedAt)], ['Succeeded', 10], 'pod succeeded at 10s, during the outage');
    h.eq(j.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'DeadlineExceeded', 'Job was active longer than specified deadline', 60],
      ['Failed', 'True', 'DeadlineExceeded', 'Job was active longer than specified deadline', 60],
    ], 'conditions');
    h.eq([j.status.succeeded, j.status.failed ?? 0, j.status.active ?? 0, j.status.completionTime], [1, 0, 0, undefined], '[succeeded, failed, active, completionTime]');
    h.eq(h.sec(j.status.startTime), 0, 'startTime');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['DeadlineExceeded', 60]], 'job events: no Completed');
  },
};
