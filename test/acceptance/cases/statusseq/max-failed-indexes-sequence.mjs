// Indexed 4, parallelism 3, backoffLimitPerIndex 0, maxFailedIndexes 0: index 1 fails at 10s; at 11s failedIndexes "1",
// MaxFailedIndexesExceeded FailureTarget, the two running pods deleted and counted failed (failed 3, terminating 2); Failed at 12s.
// Index 3 is never created.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k18}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: m}}\n    duration: 100s\n    perIndex:\n      \"1\": {duration: 10s, exitCodes: [1]}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completionMode: Indexed\n  parallelism: 3\n  completions: 4\n  backoffLimitPerIndex: 0\n  maxFailedIndexes: 0\n  template:\n    metadata: {labels: {app: m}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/max-failed-indexes-sequence',
  source: "job_controller.go syncJob (failedIndexes.total() > maxFailedIndexes), deleteActivePods, trackJobStatusAndRemoveFinalizers; reference §6, §2.4 step 6",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a3 r0 T0 s0 f0 st0 fi=",
      "1 a3 r3 T0 s0 f0 st0 fi=",
      "11 a0 r0 T2 s0 f3 st0 fi=1 FailureTarget=True/MaxFailedIndexesExceeded@11/11",
      "12 a0 r0 T0 s0 f3 st0 fi=1 FailureTarget=True/MaxFailedIndexesExceeded@11/11 Failed=True/MaxFailedIndexesExceeded@12/12"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');
    h.eq(h.podsOf('j').map((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index']).sort(), ['0', '1', '2'], 'pods created');
  },
};
