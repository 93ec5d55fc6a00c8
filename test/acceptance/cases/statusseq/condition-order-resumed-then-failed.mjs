// Created suspended, resumed at 10s, backoffLimit 0, the pod fails at 20s: conditions in write order Suspended(False/JobResumed@10),
// FailureTarget@21, Failed@21 (appended; Suspended is never removed); startTime 10s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k26}\nspec:\n  timeline:\n  - {at: 10s, patch: {kind: Job, name: j, spec: {suspend: false}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  suspend: true\n  backoffLimit: 0\n  template:\n    metadata: {annotations: {jobsim/exit-codes: \"1\"}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/condition-order-resumed-then-failed',
  source: "job_controller.go trackJobStatusAndRemoveFinalizers (append interim condition), enactJobFinished (ensureJobConditionStatus appends), ensureJobConditionStatus; reference §2.8, §8",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a0 r0 T0 s0 f0 st- Suspended=True/JobSuspended@0/0",
      "10 a1 r0 T0 s0 f0 st10 Suspended=False/JobResumed@10/10",
      "11 a1 r1 T0 s0 f0 st10 Suspended=False/JobResumed@10/10",
      "21 a0 r0 T0 s0 f1 st10 Suspended=False/JobResumed@10/10 FailureTarget=True/BackoffLimitExceeded@21/21 Failed=True/BackoffLimitExceeded@21/21"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
