// Work-queue Job (completions unset), parallelism 2: one pod succeeds at 38s; suspending at 50s deletes the other (active 0),
// and since succeeded > 0 and active == 0 the completion check wins over the suspend branch: SuccessCriteriaMet/CompletionsReached
// at 50s with terminating 1 and no Suspended condition ever; Complete at 51s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: w}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: w}}\n    duration: {uniform: [5s, 100s]}\n  timeline:\n  - {at: 50s, patch: {kind: Job, name: j, spec: {suspend: true}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 2\n  template:\n    metadata: {labels: {app: w}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/workqueue-suspend-after-success-completes',
  source: "job_controller.go syncJob (manageJob suspended branch, then complete = succeeded > 0 && active == 0 checked before the Suspended condition branch); reference §2.6 step 5 note, §8 last bullet",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "39 a1 r1 T0 s1 f0 st0",
      "50 a0 r0 T1 s1 f0 st0 SuccessCriteriaMet=True/CompletionsReached@50/50",
      "51 a0 r0 T0 s1 f0 st0 ct51 SuccessCriteriaMet=True/CompletionsReached@50/50 Complete=True/CompletionsReached@51/51"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
