// Default podReplacementPolicy (TerminatingOrFailed, no podFailurePolicy): on resume the terminating pods are not
// subtracted, so the replacements are created in the resume sync, before the Resumed event; the old pods' later
// successes (35s) are not counted (finalizer removed at the suspension), completion comes from the new pods (42s+1s).
export default {
  id: 'jobevents/je04-resume-terminatingorfailed-creates-at-once',
  source: 'job_controller.go manageJob (onlyReplaceFailedPods false -> terminating not subtracted; slow-start creates), syncJob (manageJob then Resumed event), deleteJobPods (finalizer removed first)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: {annotations: {jobsim/duration: "30s", jobsim/on-sigterm: ignore}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 5s, patch: {kind: Job, name: g, spec: {suspend: true}}}
    - {at: 12s, patch: {kind: Job, name: g, spec: {suspend: false}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'g' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [5, 'SuccessfulDelete'], [5, 'SuccessfulDelete'], [5, 'Suspended'], [12, 'SuccessfulCreate'], [12, 'SuccessfulCreate'], [12, 'Resumed'], [43, 'Completed']], 'job events');
    const pods = h.podsOf('g');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.metadata.deletionTimestamp)]), [[0, 'Succeeded', 35], [0, 'Succeeded', 35], [12, 'Succeeded', undefined], [12, 'Succeeded', undefined]], 'pods');
    const s = h.job('g').status;
    h.eq([h.sec(s.startTime), s.succeeded, s.failed, h.sec(s.completionTime)], [12, 2, undefined, 43], '[startTime, succeeded, failed, completionTime]');
  },
};
