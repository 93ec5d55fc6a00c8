// A pod left Terminating on an unreachable node (w-1 down 5s-10m5s; taint eviction at 355s) is counted failed at once and
// replaced (TerminatingOrFailed; no back-off: its finish time is its Ready=False transition at 50s). When the replacement, the
// last pod needed, succeeds (456s), SuccessCriteriaMet is written at 457s with terminating 1; Complete and completionTime wait
// until that pod is gone, after the node returns (605s): Complete at 606s. ready follows the Ready=False of the pod at 51s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: jt}\nspec:\n  cluster:\n    nodePools: [{name: w, count: 2, capacity: {cpu: \"4\", memory: 16Gi, pods: 110}}]\n  faults:\n  - {at: 5s, nodeDown: w-1, for: 10m}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 2\n  completions: 2\n  template:\n    metadata: {annotations: {jobsim/duration: 100s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/last-success-while-terminating',
  source: "job_controller.go enactJobFinished (delayTerminalCondition: terminating > 0 delays Complete), isPodFailed (deletionTimestamp under TerminatingOrFailed), backoff_utils.go getFinishedTime (Ready=False transition); integration job_test.go TestJobPodReplacementPolicy / TestDelayTerminalPhaseCondition; reference §2.8, §3.3, §4",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "51 a2 r1 T0 s0 f0 st0",
      "101 a1 r0 T0 s1 f0 st0",
      "356 a1 r0 T1 s1 f1 st0",
      "357 a1 r1 T1 s1 f1 st0",
      "457 a0 r0 T1 s2 f1 st0 SuccessCriteriaMet=True/CompletionsReached@457/457",
      "606 a0 r0 T0 s2 f1 st0 ct606 SuccessCriteriaMet=True/CompletionsReached@457/457 Complete=True/CompletionsReached@606/606"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
