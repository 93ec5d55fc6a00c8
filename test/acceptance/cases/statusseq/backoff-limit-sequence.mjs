// backoffLimit 1, every pod exits 1 after 10s: failure counted at 11s (active 0, ready 0, failed 1); the replacement waits for
// the 10s back-off from the finish time (created at 20s); the second failure at 30s makes failed 2 > 1: FailureTarget and
// Failed (BackoffLimitExceeded) in the same sync at 31s, as no pod is terminating; no completionTime.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  backoffLimit: 1\n  template:\n    metadata: {annotations: {jobsim/exit-codes: \"1\"}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/backoff-limit-sequence',
  source: "job_controller.go syncJob (exceedsBackoffLimit failed > backoffLimit), manageJob (enqueueSyncJobWithDelay remainingTime), enactJobFinished (terminating 0: Failed in the same sync); reference §3.3, §2.8",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a1 r0 T0 s0 f0 st0",
      "1 a1 r1 T0 s0 f0 st0",
      "11 a0 r0 T0 s0 f1 st0",
      "20 a1 r0 T0 s0 f1 st0",
      "21 a1 r1 T0 s0 f1 st0",
      "31 a0 r0 T0 s0 f2 st0 FailureTarget=True/BackoffLimitExceeded@31/31 Failed=True/BackoffLimitExceeded@31/31"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
