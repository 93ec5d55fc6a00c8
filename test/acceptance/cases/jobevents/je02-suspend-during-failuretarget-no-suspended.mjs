// Once FailureTarget is set, syncJob takes the finishedCondition branch (deleteActivePods) and never calls
// manageJob, so a later suspend writes no Suspended condition and no event; the Job still fails when its pod
// (ignoring SIGTERM) is SIGKILLed at the grace period's end (40s), one batched sync later (41s).
export default {
  id: 'jobevents/je02-suspend-during-failuretarget-no-suspended',
  source: 'job_controller.go syncJob (FailureTarget found -> newFailedConditionForFailureTarget; "if jobCtx.finishedCondition != nil { deleteActivePods } else { manageJob ... Suspended }"), enactJobFinished (terminating > 0 delays), recordJobFinished',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  activeDeadlineSeconds: 10
  template:
    metadata: {annotations: {jobsim/duration: "2m", jobsim/on-sigterm: ignore}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 15s, patch: {kind: Job, name: q, spec: {suspend: true}}}
`,
  check(r, h) {
    const pod = h.podsOf('q')[0];
    const ev = h.events({ kind: 'Job', name: 'q' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    h.eq(ev, [[0, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`], [10, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`], [41, 'Warning', 'DeadlineExceeded', 'Job was active longer than specified deadline']], 'job events');
    const j = h.job('q');
    h.eq(j.spec.suspend, true, 'spec.suspend');
    h.eq(j.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastProbeTime), h.sec(c.lastTransitionTime)]), [['FailureTarget', 'True', 'DeadlineExceeded', 10, 10], ['Failed', 'True', 'DeadlineExceeded', 41, 41]], 'conditions');
    h.eq([j.status.failed, j.status.terminating, j.status.active], [1, 0, undefined], '[failed, terminating, active]');
    h.eq(h.exitCodeOf(pod), 137, 'SIGKILLed');
  },
};
