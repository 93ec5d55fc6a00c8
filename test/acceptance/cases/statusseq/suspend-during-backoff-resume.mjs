// A pod fails at 10s (counted at 11s, replacement due at 20s); suspended at 13s (Suspended=True at 13s, nothing to delete);
// resumed at 40s: startTime 40s, JobResumed, the replacement created in that same sync (back-off long over); Complete at 51s
// after Suspended (condition order kept).
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k24}\nspec:\n  timeline:\n  - {at: 13s, patch: {kind: Job, name: j, spec: {suspend: true}}}\n  - {at: 40s, patch: {kind: Job, name: j, spec: {suspend: false}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {annotations: {jobsim/exit-codes: \"1,0\"}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/suspend-during-backoff-resume',
  source: "job_controller.go syncJob suspend/resume branches (StartTime reset), manageJob back-off; reference §8, §3.3",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a1 r0 T0 s0 f0 st0",
      "1 a1 r1 T0 s0 f0 st0",
      "11 a0 r0 T0 s0 f1 st0",
      "13 a0 r0 T0 s0 f1 st0 Suspended=True/JobSuspended@13/13",
      "40 a1 r0 T0 s0 f1 st40 Suspended=False/JobResumed@40/40",
      "41 a1 r1 T0 s0 f1 st40 Suspended=False/JobResumed@40/40",
      "51 a0 r0 T0 s1 f1 st40 ct51 Suspended=False/JobResumed@40/40 SuccessCriteriaMet=True/CompletionsReached@51/51 Complete=True/CompletionsReached@51/51"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
