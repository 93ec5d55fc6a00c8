// A Job created suspended and resumed by a patch at 0s, before the Job controller's first sync (scenario input runs before
// the controllers at an instant): the first sync sees suspend false, so it sets startTime, creates the pod, and
// ensureJobConditionStatus(Suspended, False) adds nothing (a False condition is never appended): no Suspended condition,
// no Suspended or Resumed event, ever. The Job then runs as if it had never been suspended: Complete at 11s.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 0s, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/resumed-before-first-sync-no-condition',
  source: 'pkg/controller/job/job_controller.go syncJob ("Job first start": StartTime when not suspended; ensureJobConditionStatus: "this function will not append to the conditions list if the new condition\'s status is false"; Resumed event only when isUpdated)',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a1 r0 T0 s0 f0 st0',
      '1 a1 r1 T0 s0 f0 st0',
      '11 a0 r0 T0 s1 f0 st0 ct11 SuccessCriteriaMet=True/CompletionsReached@11/11 Complete=True/CompletionsReached@11/11',
    ], 'Job status writes');
    h.eq(h.job('j').metadata.generation, 2, 'the patch changed the spec');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => e.reason), ['SuccessfulCreate', 'Completed'], 'no Suspended/Resumed event');
  },
};
