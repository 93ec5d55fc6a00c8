// Created suspended, resumed at 30s, suspended at 35s, resumed at 50s. First write: ready 0, terminating 0, no startTime,
// Suspended=True/JobSuspended. Each resume replaces the condition in place (False/JobResumed, lastProbeTime = lastTransitionTime =
// now) and sets startTime = now, in the immediate sync of the spec change; the suspend at 35s deletes both ready pods in that
// sync (active 0, ready 0, terminating 2, not failed), terminating 0 one batched sync later; the condition stays first in the list.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: s}\nspec:\n  timeline:\n  - {at: 30s, patch: {kind: Job, name: j, spec: {suspend: false}}}\n  - {at: 35s, patch: {kind: Job, name: j, spec: {suspend: true}}}\n  - {at: 50s, patch: {kind: Job, name: j, spec: {suspend: false}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  suspend: true\n  parallelism: 2\n  completions: 2\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/suspend-resume-cycle-sequence',
  source: "job_controller.go syncJob (StartTime only when not suspended; ensureJobConditionStatus Suspended True/False; StartTime reset on resume), manageJob suspended branch (deleteJobPods, terminating += removed, ready -= removedReady), updateJob (generation change: enqueueSyncJobImmediately); reference §8, §2.10",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a0 r0 T0 s0 f0 st- Suspended=True/JobSuspended@0/0",
      "30 a2 r0 T0 s0 f0 st30 Suspended=False/JobResumed@30/30",
      "31 a2 r2 T0 s0 f0 st30 Suspended=False/JobResumed@30/30",
      "35 a0 r0 T2 s0 f0 st30 Suspended=True/JobSuspended@35/35",
      "36 a0 r0 T0 s0 f0 st30 Suspended=True/JobSuspended@35/35",
      "50 a2 r0 T0 s0 f0 st50 Suspended=False/JobResumed@50/50",
      "51 a2 r2 T0 s0 f0 st50 Suspended=False/JobResumed@50/50",
      "61 a0 r0 T0 s2 f0 st50 ct61 Suspended=False/JobResumed@50/50 SuccessCriteriaMet=True/CompletionsReached@61/61 Complete=True/CompletionsReached@61/61"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
