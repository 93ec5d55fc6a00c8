// FailIndex on exit 7 with backoffLimitPerIndex 3: index 0 exits 7 at 5s; at 6s failedIndexes "0" and failed 1 at once (a failed
// index keeps no delayed-deletion pod), no retry of index 0; when index 1 succeeds (30s) every index is resolved: FailedIndexes,
// FailureTarget + Failed at 31s with completedIndexes "1".
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k41}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: fi}}\n    duration: 30s\n    perIndex:\n      \"0\": {duration: 5s, exitCodes: [7]}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completionMode: Indexed\n  parallelism: 2\n  completions: 2\n  backoffLimitPerIndex: 3\n  podFailurePolicy:\n    rules: [{action: FailIndex, onExitCodes: {operator: In, values: [7]}}]\n  template:\n    metadata: {labels: {app: fi}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/failindex-immediate-failed-indexes',
  source: "job_controller.go syncJob (FailedIndexes when failed + succeeded >= completions), indexed_job_utils.go calculateFailedIndexes (FailIndex action), getPodsWithDelayedDeletionPerIndex; reference §5 FailIndex, §6",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0 fi=",
      "1 a2 r2 T0 s0 f0 st0 fi=",
      "6 a1 r1 T0 s0 f1 st0 fi=0",
      "31 a0 r0 T0 s1 f1 st0 ci=1 fi=0 FailureTarget=True/FailedIndexes@31/31 Failed=True/FailedIndexes@31/31"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
