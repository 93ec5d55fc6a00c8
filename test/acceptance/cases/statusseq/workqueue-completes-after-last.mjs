// Work-queue Job, parallelism 3, random durations: after the first success no pod is created; each later success lowers
// active; Complete only when active reaches 0, at the last pod's counting sync.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k33}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: w}}\n    duration: {uniform: [5s, 100s]}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 3\n  template:\n    metadata: {labels: {app: w}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/workqueue-completes-after-last',
  source: "job_controller.go manageJob (completions nil: wantActive = active after a success), syncJob (complete = succeeded > 0 && active == 0); reference §15 item 11",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a3 r0 T0 s0 f0 st0",
      "1 a3 r3 T0 s0 f0 st0",
      "24 a2 r2 T0 s1 f0 st0",
      "39 a1 r1 T0 s2 f0 st0",
      "66 a0 r0 T0 s3 f0 st0 ct66 SuccessCriteriaMet=True/CompletionsReached@66/66 Complete=True/CompletionsReached@66/66"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
