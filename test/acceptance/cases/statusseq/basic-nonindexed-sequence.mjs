// NonIndexed completions 3, parallelism 2, pods of 10s: every status the Job controller writes, in order. The first
// sync (Job ADDED: immediate) creates 2 pods and writes active 2, ready 0 (pointer, written at 0), terminating 0, startTime;
// the pods' Running/Ready updates are batched by syncJobBatchPeriod (1s): ready 2 at 1s; successes at 10s are counted at 11s
// with the replacement already created (active 1, ready 0); its readiness at 12s; the last success at 22s: SuccessCriteriaMet and
// Complete in the same sync (no pod terminating), completionTime = that instant, active omitted, ready 0. No other write.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 2\n  completions: 3\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/basic-nonindexed-sequence',
  source: "job_controller.go addJob (enqueueSyncJobImmediately), updatePod/addPod (enqueueSyncJobBatched, syncJobBatchPeriod 1s), syncJob needsStatusUpdate (ready via ptr.Equal), trackJobStatusAndRemoveFinalizers + enactJobFinished; integration job_test.go validateJobsPodsStatusOnly; reference §2.6, §2.8, §3.6",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "11 a1 r0 T0 s2 f0 st0",
      "12 a1 r1 T0 s2 f0 st0",
      "22 a0 r0 T0 s3 f0 st0 ct22 SuccessCriteriaMet=True/CompletionsReached@22/22 Complete=True/CompletionsReached@22/22"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'Completed' }).map((e) => h.sec(e.firstTimestamp)), [22], 'Completed event with the Complete write');
  },
};
