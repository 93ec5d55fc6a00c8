// podReplacementPolicy Failed: the Job is suspended at +10s while its pod has a 30s preStop sleep (it
// terminates at +40s); resumed at +20s, no pod is created while the old one is terminating
// (diff = wantActive - active - terminating = 0); the replacement comes at +41s. The suspended pod is
// never counted as failed.
export default {
  id: 'jobtbl2/suspend-resume-prp-failed-waits',
  source: 'job_controller_test.go TestControllerSyncJob podReplacementPolicy rows ("more terminating pods than parallelism") and "resuming a suspended job"; job_controller.go manageJob (diff -= terminating when onlyReplaceFailedPods; suspend: finalizer removed first); reference §4, §8',
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
  podReplacementPolicy: Failed
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
    h.eq(h.podsOf('x').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 41], 'pod creations');
    const c = h.hasCond(j, 'Complete');
    h.eq([h.sec(c.lastTransitionTime), j.status.failed ?? 0, j.status.succeeded, h.sec(j.status.startTime)], [102, 0, 1, 20], '[Complete, failed, succeeded, startTime]');
  },
};
