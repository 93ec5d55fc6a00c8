// podFailurePolicy Ignore on exit 3: the first pod exits 3 at 10s; the sync at 11s writes active 0, ready 0 and failed stays 0;
// the Ignored failure still feeds the pod-failure back-off, so the replacement is created at 20s; Complete at 31s with failed 0.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  podFailurePolicy:\n    rules: [{action: Ignore, onExitCodes: {operator: In, values: [3]}}]\n  template:\n    metadata: {annotations: {jobsim/exit-codes: \"3,0\"}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/ignored-failure-backoff-not-counted',
  source: "job_controller.go nonIgnoredFailedPodsCount, trackJobStatusAndRemoveFinalizers (countFailed false: not in uncounted.failed), backoff_utils.go newBackoffRecord (all failed pods); reference §5 Ignore, §3.2",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a1 r0 T0 s0 f0 st0",
      "1 a1 r1 T0 s0 f0 st0",
      "11 a0 r0 T0 s0 f0 st0",
      "20 a1 r0 T0 s0 f0 st0",
      "21 a1 r1 T0 s0 f0 st0",
      "31 a0 r0 T0 s1 f0 st0 ct31 SuccessCriteriaMet=True/CompletionsReached@31/31 Complete=True/CompletionsReached@31/31"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
