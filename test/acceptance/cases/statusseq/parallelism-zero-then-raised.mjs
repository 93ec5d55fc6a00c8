// parallelism 0 (not suspended): the first sync writes startTime (now), ready 0, terminating 0 and no condition; raising
// parallelism to 1 at 10s is a spec (generation) change: synced at once, pod created and active 1 written at 10s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k11}\nspec:\n  duration: 1m\n  timeline:\n  - {at: 10s, patch: {kind: Job, name: j, spec: {parallelism: 1}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 0\n  completions: 1\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/parallelism-zero-then-raised',
  source: "job_controller.go syncJob (StartTime when nil and not suspended; needsStatusUpdate via ready/terminating pointers), updateJob (generation change -> enqueueSyncJobImmediately); reference §2.3, §3.6",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a0 r0 T0 s0 f0 st0",
      "10 a1 r0 T0 s0 f0 st0",
      "11 a1 r1 T0 s0 f0 st0",
      "21 a0 r0 T0 s1 f0 st0 ct21 SuccessCriteriaMet=True/CompletionsReached@21/21 Complete=True/CompletionsReached@21/21"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
