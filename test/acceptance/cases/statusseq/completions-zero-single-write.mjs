// completions 0: the first sync writes startTime, ready 0, terminating 0, SuccessCriteriaMet and Complete (CompletionsReached),
// completionTime = startTime = 0s, and nothing else ever.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completions: 0\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/completions-zero-single-write',
  source: "job_controller.go syncJob (complete = succeeded >= completions && active == 0; newSuccessCondition), enactJobFinished; reference §15 item 12",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a0 r0 T0 s0 f0 st0 ct0 SuccessCriteriaMet=True/CompletionsReached@0/0 Complete=True/CompletionsReached@0/0"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
