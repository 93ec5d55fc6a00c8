// Suspending a Job whose two pods were never scheduled: manageJob's deleteJobPods adds every deleted pod to
// status.terminating in the suspending write (5s: active 0, terminating 2, Suspended=True), although the API server
// removes an unbound pod at once (grace 0) once its finalizer is gone; the pods' deletion events bring the batched sync
// that writes terminating 0 one second later (6s). Nothing is counted failed; startTime stays.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: j, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: 2
  completions: 2
  template:
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "100"}}}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/suspend-unscheduled-pods-terminating-once',
  source: 'pkg/controller/job/job_controller.go manageJob suspend branch (deleteJobPods: remove finalizer, DELETE; *jobCtx.terminating += removed), deletePod handler (enqueueSyncJobBatched), syncJob (terminating = CountTerminatingPods); pkg/registry/core/pod/strategy.go CheckGracefulDelete (unscheduled pod: grace 0)',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a2 r0 T0 s0 f0 st0',
      '5 a0 r0 T2 s0 f0 st0 Suspended=True/JobSuspended@5/5',
      '6 a0 r0 T0 s0 f0 st0 Suspended=True/JobSuspended@5/5',
    ], 'Job status writes');
    for (const p of h.podsOf('j')) h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase], [5, 0, 'Pending'], `${p.metadata.name} gone at once`);
  },
};
