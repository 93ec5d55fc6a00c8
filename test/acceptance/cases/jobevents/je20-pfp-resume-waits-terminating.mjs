// With a podFailurePolicy the Job only replaces failed pods (onlyReplaceFailedPods), whatever podReplacementPolicy
// says: after suspend (5s) and resume (10s) the replacement waits until the old pod, ignoring SIGTERM, is SIGKILLed
// at 35s (exit 137, not counted: finalizer removed at the suspension) -> created at 36s, after the Resumed event.
export default {
  id: 'jobevents/je20-pfp-resume-waits-terminating',
  source: 'job_controller.go onlyReplaceFailedPods ("return job.Spec.PodFailurePolicy != nil"), manageJob (diff = wantActive - terminating - active), syncJob Resumed',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pr}
spec:
  podFailurePolicy:
    rules:
      - action: Ignore
        onExitCodes: {operator: In, values: [42]}
  template:
    metadata: {annotations: {jobsim/duration: "1m", jobsim/on-sigterm: ignore}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 5s, patch: {kind: Job, name: pr, spec: {suspend: true}}}
    - {at: 10s, patch: {kind: Job, name: pr, spec: {suspend: false}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'pr' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[0, 'SuccessfulCreate'], [5, 'SuccessfulDelete'], [5, 'Suspended'], [10, 'Resumed'], [36, 'SuccessfulCreate'], [97, 'Completed']], 'job events');
    const j = h.job('pr');
    h.eq(j.spec.podReplacementPolicy, 'Failed', 'defaulted podReplacementPolicy');
    h.eq([j.status.succeeded, j.status.failed, h.sec(j.status.startTime), h.sec(j.status.completionTime)], [1, undefined, 10, 97], '[succeeded, failed, startTime, completionTime]');
  },
};
