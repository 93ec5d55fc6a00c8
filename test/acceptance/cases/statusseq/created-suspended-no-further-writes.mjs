// Created suspended with activeDeadlineSeconds 10: one status write (ready 0, terminating 0, Suspended=True, no startTime); a
// parallelism patch while suspended changes nothing in the status, so nothing is written; the deadline never fires.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k12}\nspec:\n  duration: 2m\n  timeline:\n  - {at: 30s, patch: {kind: Job, name: j, spec: {parallelism: 3}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  suspend: true\n  activeDeadlineSeconds: 10\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/created-suspended-no-further-writes',
  source: "job_controller.go syncJob (needsStatusUpdate false: suspendCondChanged false, active/ready/terminating unchanged; pastActiveDeadline false while suspended, no AddAfter); reference §8, §9",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a0 r0 T0 s0 f0 st- Suspended=True/JobSuspended@0/0"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
