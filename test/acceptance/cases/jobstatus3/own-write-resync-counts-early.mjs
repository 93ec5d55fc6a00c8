// The Job controller's own status write comes back as a Job update with the same generation, which updateJob enqueues
// with the 1s batching delay. Indexed 3/3, pods ending at 10.3s, 10.9s and 11.5s: the pod updates of 10.3s and 10.9s are
// counted together at 11.3s (completedIndexes "0,1"); that write re-queues the Job for 12.3s, earlier than the 12.5s the
// third pod's update asks for, so the Job is Complete at 12.3s (durationSeconds 12.3, not 12.5).
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {app: x}}
    duration: 10300ms
    perIndex:
      "1": {duration: 10900ms}
      "2": {duration: 11500ms}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/own-write-resync-counts-early',
  source: 'pkg/controller/job/job_controller.go updateJob (curJob.Generation == oldJob.Generation -> enqueueSyncJobBatched), updatePod -> enqueueSyncJobBatched (syncJobBatchPeriod 1s; client-go delaying queue keeps the earlier ready time), trackJobStatusAndRemoveFinalizers',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a3 r0 T0 s0 f0 st0',
      '1 a3 r3 T0 s0 f0 st0',
      '11 a1 r1 T0 s2 f0 st0 ci=0,1',
      '12 a0 r0 T0 s3 f0 st0 ct12 ci=0-2 SuccessCriteriaMet=True/CompletionsReached@12/12 Complete=True/CompletionsReached@12/12',
    ], 'Job status writes');
    h.eq(r.metrics.jobs.durationSeconds.max, 12.3, 'Complete at 12.3s (resync after the 11.3s write), not 12.5s');
  },
};
