// activeDeadlineSeconds 15; the pod fails at 10s (counted at 11s) and its replacement waits for the back-off (20s); the deadline
// re-sync at 15s fails the Job: no pod active or terminating, so FailureTarget and Failed (DeadlineExceeded) in one sync at 15s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  activeDeadlineSeconds: 15\n  template:\n    metadata: {annotations: {jobsim/exit-codes: \"1\"}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/deadline-during-backoff',
  source: "job_controller.go syncJob (queue.AddAfter for ADS, pastActiveDeadline), enactJobFinished; reference §9, §3.3",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a1 r0 T0 s0 f0 st0",
      "1 a1 r1 T0 s0 f0 st0",
      "11 a0 r0 T0 s0 f1 st0",
      "15 a0 r0 T0 s0 f1 st0 FailureTarget=True/DeadlineExceeded@15/15 Failed=True/DeadlineExceeded@15/15"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
