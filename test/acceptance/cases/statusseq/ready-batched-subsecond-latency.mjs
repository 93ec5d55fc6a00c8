// containerStart 1.5s, three pods: all Ready at 1.5s, one batched sync at 2.5s writes ready 3 (second 2 in the trace); they
// finish at 21.5s and the Job completes at 22.5s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k13b}\nspec:\n  latencies: {containerStart: 1500ms}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 3\n  completions: 3\n  template:\n    metadata: {annotations: {jobsim/duration: 20s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/ready-batched-subsecond-latency',
  source: "job_controller.go enqueueSyncJobBatched (queue.AddAfter syncJobBatchPeriod; the delaying queue keeps the earliest time); reference §3.6",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a3 r0 T0 s0 f0 st0",
      "2 a3 r3 T0 s0 f0 st0",
      "22 a0 r0 T0 s3 f0 st0 ct22 SuccessCriteriaMet=True/CompletionsReached@22/22 Complete=True/CompletionsReached@22/22"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
