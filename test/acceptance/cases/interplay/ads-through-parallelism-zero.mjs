// Scaling parallelism to 0 is not a suspension: the pod is deleted (not a failure) but startTime is kept and the
// deadline keeps counting. ADS 40: parallelism 0 at 10.5s, back to 1 at 20.5s (new pod at 20s); the deadline still
// fires at 40s from the original startTime, kills the new pod (counted failed), Failed at 41s.
export default {
  id: 'interplay/ads-through-parallelism-zero',
  source: 'job_controller.go manageJob (rmAtLeast = active - wantActive; deleteJobPods removes the finalizer first), pastActiveDeadline (only suspend stops it), deleteActivePods + trackJobStatusAndRemoveFinalizers; reference §2.6, §9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip5}
spec:
  timeline:
    - { at: 10500ms, patch: { kind: Job, name: j, spec: { parallelism: 0 } } }
    - { at: 20500ms, patch: { kind: Job, name: j, spec: { parallelism: 1 } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 40
  template:
    metadata: {annotations: {jobsim/duration: "30s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(h.sec(job.status.startTime), 0, 'startTime kept');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'DeadlineExceeded', 40], ['Failed', 'DeadlineExceeded', 41]], 'conditions (no Suspended)');
    h.eq(job.status.failed, 1, 'only the pod killed by the deadline is a failure');
    h.eq(h.podsOf('j').map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp)]), [[0, 40], [20, 70]], 'pods [created, deletionTimestamp]');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]),
      [['SuccessfulCreate', 0], ['SuccessfulDelete', 10], ['SuccessfulCreate', 20], ['SuccessfulDelete', 40], ['DeadlineExceeded', 41]], 'Job events');
  },
};
