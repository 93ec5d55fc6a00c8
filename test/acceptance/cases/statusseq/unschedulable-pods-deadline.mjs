// Two pods that never schedule (cpu 100): at the deadline (5s) they are deleted and, as pods not terminated when the Job
// fails, counted failed: failed 2, terminating 2 in that write; Failed at 6s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 2\n  completions: 2\n  activeDeadlineSeconds: 5\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: \"100\"}}}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/unschedulable-pods-deadline',
  source: "job_controller.go deleteActivePods, trackJobStatusAndRemoveFinalizers (finishedCondition failure: every non-terminated pod counted failed), enactJobFinished; reference §2.7",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "5 a0 r0 T2 s0 f2 st0 FailureTarget=True/DeadlineExceeded@5/5",
      "6 a0 r0 T0 s0 f2 st0 FailureTarget=True/DeadlineExceeded@5/5 Failed=True/DeadlineExceeded@6/6"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
