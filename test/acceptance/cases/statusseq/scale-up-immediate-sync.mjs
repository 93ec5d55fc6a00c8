// parallelism raised 1 -> 3 at 5s (completions 3): synced at once, active 3 written at 5s (ready 1), ready 3 at 6s; after the
// first success (11s) no pod is created (wantActive = min(3-1, 3) = 2 = active), Complete at 16s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k16}\nspec:\n  timeline:\n  - {at: 5s, patch: {kind: Job, name: j, spec: {parallelism: 3}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 1\n  completions: 3\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/scale-up-immediate-sync',
  source: "job_controller.go updateJob (generation change -> enqueueSyncJobImmediately), manageJob wantActive; reference §2.6, §3.6",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a1 r0 T0 s0 f0 st0",
      "1 a1 r1 T0 s0 f0 st0",
      "5 a3 r1 T0 s0 f0 st0",
      "6 a3 r3 T0 s0 f0 st0",
      "11 a2 r2 T0 s1 f0 st0",
      "16 a0 r0 T0 s3 f0 st0 ct16 SuccessCriteriaMet=True/CompletionsReached@16/16 Complete=True/CompletionsReached@16/16"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
