// Indexed 3/3, backoffLimitPerIndex 1; index 1 always fails after 10s. failedIndexes is written as "" from the first sync (a
// pointer). The failed pod of index 1 keeps its finalizer (delayed deletion) until its replacement exists: failed stays 0 at
// 11s, the replacement is created at 20s (per-index backoff 10s) and the old pod is counted only at 21s (failed 1). The second
// failure at 30s fails the index; with indexes 0 and 2 succeeded at 30s: FailedIndexes, FailureTarget and Failed together at 31s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: h}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: h}}\n    duration: 30s\n    perIndex:\n      \"1\": {duration: 10s, exitCodes: [1]}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completionMode: Indexed\n  parallelism: 3\n  completions: 3\n  backoffLimitPerIndex: 1\n  template:\n    metadata: {labels: {app: h}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/perindex-delayed-failed-count',
  source: "job_controller.go trackJobStatusAndRemoveFinalizers (FailedIndexes = ptr.To(failedIndexes.String())), canRemoveFinalizer (podsWithDelayedDeletionPerIndex), syncJob FailedIndexes; indexed_job_utils.go getPodsWithDelayedDeletionPerIndex; reference §6, §3.4",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a3 r0 T0 s0 f0 st0 fi=",
      "1 a3 r3 T0 s0 f0 st0 fi=",
      "11 a2 r2 T0 s0 f0 st0 fi=",
      "20 a3 r2 T0 s0 f0 st0 fi=",
      "21 a3 r3 T0 s0 f1 st0 fi=",
      "31 a0 r0 T0 s2 f2 st0 ci=0,2 fi=1 FailureTarget=True/FailedIndexes@31/31 Failed=True/FailedIndexes@31/31"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
