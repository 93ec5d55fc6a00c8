// Job controller down 5s-30s while both pods succeed at 10s: no write during the outage; at its return the Job is synced at
// once (informer list -> addJob) and one write counts both successes with SuccessCriteriaMet + Complete at 30s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k21}\nspec:\n  faults:\n  - {at: 5s, controllerDown: job, for: 25s}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 2\n  completions: 2\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/controller-outage-one-write-at-return',
  source: "job_controller.go addJob (enqueueSyncJobImmediately on the initial list), syncJob/trackJobStatusAndRemoveFinalizers; README outages",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "30 a0 r0 T0 s2 f0 st0 ct30 SuccessCriteriaMet=True/CompletionsReached@30/30 Complete=True/CompletionsReached@30/30"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
