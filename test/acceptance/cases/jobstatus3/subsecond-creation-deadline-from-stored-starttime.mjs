// A Job created at 0.5s with activeDeadlineSeconds 10: its first sync queues the deadline re-sync 10s after its own
// (unrounded) clock, 10.5s, but the status it writes stores startTime with second precision (00:00:00); the write comes
// back as a same-generation update (batched sync at 1.5s), which computes the deadline from the stored startTime and
// queues 10.0s, earlier, so FailureTarget DeadlineExceeded is written at 10.0s and Failed at 11.0s once the pod exited on
// SIGTERM: metrics durationSeconds 10.5 (from the 0.5s creation), not 11.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - at: 500ms
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: j}
      spec:
        activeDeadlineSeconds: 10
        template:
          metadata: {annotations: {jobsim/duration: 1h}}
          spec:
            containers: [{name: c, image: busybox:1.36}]
            restartPolicy: Never
`;
export default {
  id: 'jobstatus3/subsecond-creation-deadline-from-stored-starttime',
  source: 'pkg/controller/job/job_controller.go syncJob (queue.AddAfter(ADS - clock.Since(job.Status.StartTime)), pastActiveDeadline ">="), updateJob (same generation -> enqueueSyncJobBatched); metav1.Time RFC 3339 seconds in storage; client-go delaying queue keeps the earliest ready time',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a1 r0 T0 s0 f0 st0',
      '1 a1 r1 T0 s0 f0 st0',
      '10 a0 r0 T1 s0 f1 st0 FailureTarget=True/DeadlineExceeded@10/10',
      '11 a0 r0 T0 s0 f1 st0 FailureTarget=True/DeadlineExceeded@10/10 Failed=True/DeadlineExceeded@11/11',
    ], 'Job status writes');
    h.eq(r.metrics.jobs.durationSeconds.max, 10.5, 'Failed at 11.0s, 10.5s after the 0.5s creation');
    const pod = h.podsOf('j')[0];
    h.eq(h.sec(pod.status.containerStatuses[0].state.terminated.finishedAt), 10, 'pod killed at the 10.0s deadline');
  },
};
