// Same world as success-policy-prp-failed-evicted-never-counted with the default podReplacementPolicy
// (TerminatingOrFailed): the evicted pod counts as failed as soon as it has a deletionTimestamp (6s: failed 1,
// terminating 1) and its index would be re-created after the 10s back-off from the eviction (15s), but the success policy
// is met first (11s), so no replacement is ever made; Complete waits for the killed pod all the same (36s).
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {app: x}}
    duration: 10s
    perIndex:
      "1": {duration: 1h, onSigterm: ignore}
  faults:
  - {at: 5s, evictPod: default/j-1-vqbl8}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/success-policy-terminatingorfailed-evicted-counted',
  source: 'pkg/controller/job/job_controller.go isPodFailed (DeletionTimestamp != nil && phase != Succeeded), getFinishTimeFromDeletionTimestamp (deletionTimestamp - grace = eviction time) and manageJob back-off, matchSuccessPolicy before manageJob, enactJobFinished (terminating > 0 delays Complete)',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a2 r0 T0 s0 f0 st0',
      '1 a2 r2 T0 s0 f0 st0',
      '6 a1 r1 T1 s0 f1 st0',
      '11 a0 r0 T1 s1 f1 st0 ci=0 SuccessCriteriaMet=True/SuccessPolicy@11/11',
      '36 a0 r0 T0 s1 f1 st0 ct36 ci=0 SuccessCriteriaMet=True/SuccessPolicy@11/11 Complete=True/SuccessPolicy@36/36',
    ], 'Job status writes');
    h.eq(h.podsOf('j').length, 2, 'index 1 never re-created');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => `${h.sec(e.firstTimestamp)} ${e.reason}`), ['0 SuccessfulCreate', '0 SuccessfulCreate', '36 Completed'], 'Job events');
  },
};
