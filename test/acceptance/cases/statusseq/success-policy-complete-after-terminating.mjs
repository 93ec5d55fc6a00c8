// Indexed 3/3, successPolicy succeededIndexes "0": index 0 succeeds at 10s; at 11s SuccessCriteriaMet/SuccessPolicy, the two
// running pods deleted (not counted failed): active omitted, ready 0, terminating 2, succeeded 1, completedIndexes "0"; Complete
// (reason SuccessPolicy, own lastTransitionTime) and completionTime at 12s when they are gone.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: i}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: i}}\n    duration: 100s\n    perIndex:\n      \"0\": {duration: 10s}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completionMode: Indexed\n  parallelism: 3\n  completions: 3\n  successPolicy:\n    rules: [{succeededIndexes: \"0\"}]\n  template:\n    metadata: {labels: {app: i}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/success-policy-complete-after-terminating',
  source: "job_controller.go syncJob (matchSuccessPolicy -> JobSuccessCriteriaMet, deleteActivePods, terminating += deleted), trackJobStatusAndRemoveFinalizers (interim SuccessCriteriaMet, isSuccessCriteriaMetCondition: not counted failed), enactJobFinished; reference §7, §2.8",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a3 r0 T0 s0 f0 st0",
      "1 a3 r3 T0 s0 f0 st0",
      "11 a0 r0 T2 s1 f0 st0 ci=0 SuccessCriteriaMet=True/SuccessPolicy@11/11",
      "12 a0 r0 T0 s1 f0 st0 ct12 ci=0 SuccessCriteriaMet=True/SuccessPolicy@11/11 Complete=True/SuccessPolicy@12/12"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
