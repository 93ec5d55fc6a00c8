// A pod deleted by a suspension loses its tracking finalizer before the DELETE, so its later success (it ignores
// SIGTERM and finishes its 20s of work at 20s, inside the grace period) is not counted: the resume at 40s creates a
// new pod and the Job completes at 61s with succeeded 1 (not 2), failed 0.
export default {
  id: 'mutations2/suspend-pod-succeeds-in-grace-not-counted',
  source: 'job_controller.go manageJob (jobSuspended: deleteJobPods removes the finalizer, then deletes) and trackJobStatusAndRemoveFinalizers (pods without the finalizer are skipped); reference job-controller §8',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 15s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 40s, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 20s, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p), p.metadata.deletionTimestamp ? h.sec(p.metadata.deletionTimestamp) : null, (p.metadata.finalizers ?? []).length]),
      [[0, 'Succeeded', 0, 45, 0], [40, 'Succeeded', 0, null, 0]], 'pods [created, phase, exit, deletionTimestamp, finalizers]');
    const j = h.job('j');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.startTime), h.sec(j.status.completionTime)], [1, 0, 40, 61], '[succeeded, failed, startTime, completionTime]');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => [h.sec(e.firstTimestamp), e.reason]),
      [[0, 'SuccessfulCreate'], [15, 'SuccessfulDelete'], [15, 'Suspended'], [40, 'SuccessfulCreate'], [40, 'Resumed'], [61, 'Completed']], 'Job events');
  },
};
