// activeDeadlineSeconds 15, two running ready pods: at exactly 15s (the AddAfter re-sync) FailureTarget/DeadlineExceeded, both pods
// deleted and counted failed in that write (active omitted, ready 0, terminating 2, failed 2); Failed (same reason, its own
// lastTransitionTime) at 16s once the pods are gone (terminating 0). No completionTime. The DeadlineExceeded event comes with Failed.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 2\n  completions: 4\n  activeDeadlineSeconds: 15\n  template:\n    metadata: {annotations: {jobsim/duration: 100s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/deadline-failuretarget-then-failed',
  source: "job_controller.go syncJob (pastActiveDeadline >=, queue.AddAfter(ADS - elapsed)), deleteActivePods, trackJobStatusAndRemoveFinalizers (non-terminated pods counted failed when finishedCondition is a failure), enactJobFinished (terminating > 0 delays), recordJobFinished; reference §2.5, §2.8, §9, §11",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "15 a0 r0 T2 s0 f2 st0 FailureTarget=True/DeadlineExceeded@15/15",
      "16 a0 r0 T0 s0 f2 st0 FailureTarget=True/DeadlineExceeded@15/15 Failed=True/DeadlineExceeded@16/16"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'DeadlineExceeded' }).map((e) => h.sec(e.firstTimestamp)), [16], 'DeadlineExceeded event only with Failed');
    h.eq(h.job('j').status.completionTime, undefined, 'no completionTime on Failed');
  },
};
