// podReplacementPolicy Failed: after a resume at 30s the two pods deleted by the suspension (20s) still terminate
// (SIGTERM ignored, SIGKILL at 50s, exit 137), so no pod is created until they are Failed: the new pods come at 51s
// (pod updates batched by 1s); at 35s active 0, terminating 2, Suspended=False; Complete at 152s, failed 0.
export default {
  id: 'mutations2/suspend-resume-terminating-prp-failed',
  source: 'job_controller.go manageJob (onlyReplaceFailedPods: diff = wantActive - active - terminating), syncJob (resume: Suspended=False JobResumed, startTime reset); reference job-controller §4',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 20s, patch: {kind: Job, name: f, spec: {suspend: true}}}
  - {at: 30s, patch: {kind: Job, name: f, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: f}
spec:
  completions: 2
  parallelism: 2
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: 100s, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('f').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]),
      [[0, 'Failed', 137], [0, 'Failed', 137], [51, 'Succeeded', 0], [51, 'Succeeded', 0]], 'pods [created, phase, exit]');
    const j = h.job('f');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.startTime), h.sec(j.status.completionTime)], [2, 0, 30, 152], '[succeeded, failed, startTime, completionTime]');
    h.eq(h.events({ kind: 'Job', name: 'f' }).map((e) => [h.sec(e.firstTimestamp), e.reason]),
      [[0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [20, 'SuccessfulDelete'], [20, 'SuccessfulDelete'], [20, 'Suspended'], [30, 'Resumed'], [51, 'SuccessfulCreate'], [51, 'SuccessfulCreate'], [152, 'Completed']], 'events');
  },
};
