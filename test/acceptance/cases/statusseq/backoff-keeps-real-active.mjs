// Indexed 2/2, no backoffLimitPerIndex: index 1 fails at 10s while index 0 runs. At 11s the failure is counted and the
// replacement waits for the pod-failure backoff (10s from the finish time, requeue at 20s): the status keeps the real active
// count (active 1, ready 1), not 0 as before kubernetes#139457 (manageJob returned a hard-coded 0 during backoff, which the
// API server rejects once ready > active). Index 1 is re-created at 20s (active 2, ready 1), ready 2 at 21s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: c}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: c}}\n    duration: 100s\n    perIndex:\n      \"1\": {duration: 10s, exitCodes: [1, 0]}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completionMode: Indexed\n  parallelism: 2\n  completions: 2\n  template:\n    metadata: {labels: {app: c}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/backoff-keeps-real-active',
  source: "kubernetes/kubernetes PR #139457 (issue #139428; cherry-picks #139642/#139751/#139752/#139753 to 1.33-1.36): manageJob returns the real active count while remainingTime > 0; backoff_utils.go getRemainingTime; reference §2.6 step 4, §3.3",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "11 a1 r1 T0 s0 f1 st0",
      "20 a2 r1 T0 s0 f1 st0",
      "21 a2 r2 T0 s0 f1 st0",
      "31 a1 r1 T0 s1 f1 st0 ci=1",
      "101 a0 r0 T0 s2 f1 st0 ct101 ci=0,1 SuccessCriteriaMet=True/CompletionsReached@101/101 Complete=True/CompletionsReached@101/101"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
