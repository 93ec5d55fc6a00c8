// Default podReplacementPolicy (TerminatingOrFailed): same as the Failed variant, but the replacement
// is created at the resume (+20s) although the suspended pod is still terminating until +40s. The
// suspended pod is not counted as failed (its finalizer went before the delete) and causes no back-off.
export default {
  id: 'jobtbl2/suspend-resume-prp-terminatingorfailed',
  source: 'job_controller_test.go TestControllerSyncJob "WQ job: recreate pods when terminating or failed" / "resuming a suspended job"; job_controller.go manageJob (terminating not subtracted unless onlyReplaceFailedPods; suspend: deleteJobPods removes the finalizer first), updateJob (spec change: immediate sync); reference §4, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  timeline:
  - { at: 10s, patch: { kind: Job, name: x, spec: { suspend: true } } }
  - { at: 20s, patch: { kind: Job, name: x, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 60s } }
    spec:
      terminationGracePeriodSeconds: 60
      containers:
      - name: c
        image: busybox
        lifecycle: { preStop: { sleep: { seconds: 30 } } }
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    h.eq(h.podsOf('x').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20], 'pod creations');
    const c = h.hasCond(j, 'Complete');
    h.eq([h.sec(c.lastTransitionTime), j.status.failed ?? 0, j.status.succeeded], [81, 0, 1], '[Complete, failed, succeeded]');
  },
};
