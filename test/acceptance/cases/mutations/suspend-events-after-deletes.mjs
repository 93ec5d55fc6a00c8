// Suspending a running Job: manageJob deletes the active pods (SuccessfulDelete) before syncJob records Suspended.
export default {
  id: 'mutations/suspend-events-after-deletes',
  source: 'job_controller.go manageJob (jobSuspended: deleteJobPods records SuccessfulDelete) then syncJob ensureJobConditionStatus(JobSuspended, True) + Event "Suspended"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  duration: 2m
  timeline:
  - {at: 20s, patch: {kind: Job, name: x, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  parallelism: 2
  completions: 4
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'x' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]);
    h.eq(ev, [['SuccessfulCreate', 0], ['SuccessfulCreate', 0], ['SuccessfulDelete', 20], ['SuccessfulDelete', 20], ['Suspended', 20]], 'job events in order');
    const j = h.job('x');
    h.eq([j.status.active ?? 0, j.status.ready, j.status.terminating, j.status.failed ?? 0, h.sec(j.status.startTime)], [0, 0, 0, 0, 0], '[active, ready, terminating, failed, startTime] at the end');
    h.eq(j.metadata.generation, 2, 'generation');
  },
};
