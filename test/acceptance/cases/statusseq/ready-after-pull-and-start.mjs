// imagePull 2s + containerStart 1s: the pod is Running and Ready at 3s; the batched sync writes ready 1 at 4s (not before:
// no write at 1s, nothing changed then); the success at 13s is counted at 14s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k13}\nspec:\n  latencies: {imagePull: 2s, containerStart: 1s}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/ready-after-pull-and-start',
  source: "job_controller.go updatePod -> enqueueSyncJobBatched (1s), countReadyPods; kubelet: Ready with Running when no readiness probe; reference §3.6",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a1 r0 T0 s0 f0 st0",
      "4 a1 r1 T0 s0 f0 st0",
      "14 a0 r0 T0 s1 f0 st0 ct14 SuccessCriteriaMet=True/CompletionsReached@14/14 Complete=True/CompletionsReached@14/14"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
