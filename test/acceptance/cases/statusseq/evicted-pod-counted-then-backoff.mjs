// The pod is evicted (Eviction API) at 5s on a live node: the kubelet kills it, the batched sync at 6s counts it failed
// (active 0, ready 0, failed 1, terminating 0); the replacement waits 10s from its finish time (5s): created at 15s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k19}\nspec:\n  faults:\n  - {at: 5s, evictPod: default/j-bn7wn}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {annotations: {jobsim/duration: 30s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/evicted-pod-counted-then-backoff',
  source: "job_controller.go isPodFailed, getNewFinishedPods, manageJob back-off; backoff_utils.go getFinishedTime (container finishedAt); reference §3.3, §4",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a1 r0 T0 s0 f0 st0",
      "1 a1 r1 T0 s0 f0 st0",
      "6 a0 r0 T0 s0 f1 st0",
      "15 a1 r0 T0 s0 f1 st0",
      "16 a1 r1 T0 s0 f1 st0",
      "46 a0 r0 T0 s1 f1 st0 ct46 SuccessCriteriaMet=True/CompletionsReached@46/46 Complete=True/CompletionsReached@46/46"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
