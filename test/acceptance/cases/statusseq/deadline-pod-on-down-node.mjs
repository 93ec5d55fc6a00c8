// One node, down 5s-2m5s; activeDeadlineSeconds 30: at 30s FailureTarget, the pod deleted but unkillable (terminating 1,
// failed 1, ready 0); Failed waits until the pod is gone after the node returns (125s): Failed at 126s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k31}\nspec:\n  cluster:\n    nodePools: [{name: w, count: 1, capacity: {cpu: \"4\", memory: 16Gi, pods: 110}}]\n  faults:\n  - {at: 5s, nodeDown: w-1, for: 2m}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  activeDeadlineSeconds: 30\n  template:\n    metadata: {annotations: {jobsim/duration: 10m}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/deadline-pod-on-down-node',
  source: "job_controller.go enactJobFinished (delayTerminalCondition, *jobCtx.terminating > 0), syncJob deleteActivePods; integration job_test.go TestDelayTerminalPhaseCondition; reference §2.8",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a1 r0 T0 s0 f0 st0",
      "1 a1 r1 T0 s0 f0 st0",
      "30 a0 r0 T1 s0 f1 st0 FailureTarget=True/DeadlineExceeded@30/30",
      "126 a0 r0 T0 s0 f1 st0 FailureTarget=True/DeadlineExceeded@30/30 Failed=True/DeadlineExceeded@126/126"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
