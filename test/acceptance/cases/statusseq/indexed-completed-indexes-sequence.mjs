// Indexed 5, parallelism 2, pods of 10s: completedIndexes "0,1" at 11s (a pair is not a range), "0-3" at 22s, "0-4" at 33s
// with Complete; succeeded = number of indexes; the pods created in each counting sync show in active with ready 0, then 1s later ready.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completionMode: Indexed\n  parallelism: 2\n  completions: 5\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/indexed-completed-indexes-sequence',
  source: "job_controller.go trackJobStatusAndRemoveFinalizers (CompletedIndexes = succeededIndexes.String()), indexed_job_utils.go orderedIntervals.String; reference §14, §2.10",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "11 a2 r0 T0 s2 f0 st0 ci=0,1",
      "12 a2 r2 T0 s2 f0 st0 ci=0,1",
      "22 a1 r0 T0 s4 f0 st0 ci=0-3",
      "23 a1 r1 T0 s4 f0 st0 ci=0-3",
      "33 a0 r0 T0 s5 f0 st0 ct33 ci=0-4 SuccessCriteriaMet=True/CompletionsReached@33/33 Complete=True/CompletionsReached@33/33"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
