// Lowering parallelism to 0 deletes every active pod (not counted as failed) but is not a suspension: no
// Suspended condition, no Suspended event; the Job stays unfinished with startTime kept.
export default {
  id: 'mutations/parallelism-zero-not-suspended',
  source: 'job_controller.go manageJob (wantActive = min(completions - succeeded, 0) = 0; deletions), syncJob (Suspended condition only when spec.suspend)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  duration: 2m
  timeline:
  - {at: 20s, patch: {kind: Job, name: x, spec: {parallelism: 0}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    h.eq(j.status.conditions ?? [], [], 'no conditions');
    h.eq([j.status.active ?? 0, j.status.failed ?? 0, j.status.succeeded ?? 0, j.status.terminating, h.sec(j.status.startTime)], [0, 0, 0, 0, 0], 'status');
    h.eq(h.events({ kind: 'Job', name: 'x' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['SuccessfulCreate', 0], ['SuccessfulDelete', 20], ['SuccessfulDelete', 20]], 'events');
  },
};
