// Suspend at 5s (the pod ignores SIGTERM and stays terminating until 35s), resume at 10s (a replacement at once,
// TerminatingOrFailed), suspend again at 15s: only the active replacement is deleted; the old terminating pod is not
// active and gets no second SuccessfulDelete. Neither killed pod is counted as failed.
export default {
  id: 'jobevents/je17-suspend-twice-terminating-not-redeleted',
  source: 'job_controller.go manageJob (suspended: activePodsForRemoval over jobCtx.activePods; controller.FilterActivePods excludes pods with deletionTimestamp), deleteJobPods (finalizer removed first)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: t2}
spec:
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
  duration: 2m
  timeline:
    - {at: 5s, patch: {kind: Job, name: t2, spec: {suspend: true}}}
    - {at: 10s, patch: {kind: Job, name: t2, spec: {suspend: false}}}
    - {at: 15s, patch: {kind: Job, name: t2, spec: {suspend: true}}}
`,
  check(r, h) {
    const pods = h.podsOf('t2');
    h.eq(pods.length, 2, 'pods');
    const ev = h.events({ kind: 'Job', name: 't2' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [0, 'SuccessfulCreate', `Created pod: ${pods[0].metadata.name}`],
      [5, 'SuccessfulDelete', `Deleted pod: ${pods[0].metadata.name}`],
      [5, 'Suspended', 'Job suspended'],
      [10, 'SuccessfulCreate', `Created pod: ${pods[1].metadata.name}`],
      [10, 'Resumed', 'Job resumed'],
      [15, 'SuccessfulDelete', `Deleted pod: ${pods[1].metadata.name}`],
      [15, 'Suspended', 'Job suspended'],
    ], 'job events');
    h.eq(pods.map((p) => [p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp)]), [['Failed', 137, 35], ['Failed', 137, 45]], 'pods SIGKILLed at grace end');
    const s = h.job('t2').status;
    h.eq([s.failed, s.active, s.terminating, h.sec(s.startTime)], [undefined, undefined, 0, 10], '[failed, active, terminating, startTime]');
    h.eq(s.conditions.map((c) => [c.type, c.status, h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 15]], 'conditions');
  },
};
