// A Job held by its own finalizer is deleted at 5s while its two pods run: that sync removes every pod's tracking
// finalizer (canRemoveFinalizer: the Job has a deletionTimestamp) and writes nothing (no counter changes). The deadline
// (activeDeadlineSeconds 30) still fails it: FailureTarget DeadlineExceeded at 30s deletes both pods (terminating 2),
// but pods without the tracking finalizer are skipped by the counting, so failed stays 0; Failed at 31s once they exited
// on SIGTERM, with the Warning DeadlineExceeded.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m
  timeline:
  - {at: 5s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
spec:
  activeDeadlineSeconds: 30
  parallelism: 2
  completions: 2
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/deleting-job-deadline-kills-uncounted',
  source: 'pkg/controller/job/job_controller.go syncJob (pastActiveDeadline whatever the deletionTimestamp; deleteActivePods, terminating += deleted), trackJobStatusAndRemoveFinalizers ("if !hasJobTrackingFinalizer(pod) ... continue": pods let go at the deletion are never counted; canRemoveFinalizer: job.DeletionTimestamp != nil), enactJobFinished',
  args: ['--duration', '3m'],
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a2 r0 T0 s0 f0 st0',
      '1 a2 r2 T0 s0 f0 st0',
      '30 a0 r0 T2 s0 f0 st0 FailureTarget=True/DeadlineExceeded@30/30',
      '31 a0 r0 T0 s0 f0 st0 FailureTarget=True/DeadlineExceeded@30/30 Failed=True/DeadlineExceeded@31/31',
    ], 'Job status writes');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => `${h.sec(e.firstTimestamp)} ${e.reason}`), ['0 SuccessfulCreate', '0 SuccessfulCreate', '30 SuccessfulDelete', '30 SuccessfulDelete', '31 DeadlineExceeded'], 'Job events');
    for (const p of h.podsOf('j')) h.eq(p.metadata.finalizers, undefined, `${p.metadata.name} has no finalizer left`);
  },
};
