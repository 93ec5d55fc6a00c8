// Indexed 4/4, successPolicy succeededCount 2: indexes 0,1 succeed at 10s; at 11s SuccessCriteriaMet/SuccessPolicy with
// completedIndexes "0,1", succeeded 2, the two running pods deleted (terminating 2, failed 0); Complete at 12s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k32}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: q}}\n    duration: 10s\n    perIndex:\n      \"2\": {duration: 100s}\n      \"3\": {duration: 100s}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completionMode: Indexed\n  parallelism: 4\n  completions: 4\n  successPolicy:\n    rules: [{succeededCount: 2}]\n  template:\n    metadata: {labels: {app: q}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/success-count-policy-sequence',
  source: "success_policy.go matchSuccessPolicy (succeededCount), job_controller.go syncJob/enactJobFinished; reference §7",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a4 r0 T0 s0 f0 st0",
      "1 a4 r4 T0 s0 f0 st0",
      "11 a0 r0 T2 s2 f0 st0 ci=0,1 SuccessCriteriaMet=True/SuccessPolicy@11/11",
      "12 a0 r0 T0 s2 f0 st0 ct12 ci=0,1 SuccessCriteriaMet=True/SuccessPolicy@11/11 Complete=True/SuccessPolicy@12/12"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
