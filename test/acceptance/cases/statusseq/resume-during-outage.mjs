// Created suspended; resumed at 10s while the Job controller is down (5s-30s): nothing is written until its return, then the
// resume sync writes startTime 30s, Suspended=False/JobResumed@30 and active 1.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k30}\nspec:\n  faults:\n  - {at: 5s, controllerDown: job, for: 25s}\n  timeline:\n  - {at: 10s, patch: {kind: Job, name: j, spec: {suspend: false}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  suspend: true\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/resume-during-outage',
  source: "job_controller.go syncJob resume branch (StartTime = now), addJob on the controller's initial list; reference §8",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a0 r0 T0 s0 f0 st- Suspended=True/JobSuspended@0/0",
      "30 a1 r0 T0 s0 f0 st30 Suspended=False/JobResumed@30/30",
      "31 a1 r1 T0 s0 f0 st30 Suspended=False/JobResumed@30/30",
      "41 a0 r0 T0 s1 f0 st30 ct41 Suspended=False/JobResumed@30/30 SuccessCriteriaMet=True/CompletionsReached@41/41 Complete=True/CompletionsReached@41/41"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
