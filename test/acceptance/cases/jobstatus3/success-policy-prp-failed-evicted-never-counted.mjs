// Indexed 2/2, successPolicy succeededIndexes "0", podReplacementPolicy Failed. Index 1's pod is evicted at 5s and ignores
// SIGTERM (killed at 35s): under Failed it is terminating, neither active nor failed (6s: active 1, terminating 1, failed 0).
// Index 0 succeeds at 10s: SuccessCriteriaMet at 11s removes the terminating pod's finalizer without counting it (a
// SuccessCriteriaMet finish counts nobody failed), so its 137 at 35s is never counted; Complete and completionTime at 36s.
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
  podReplacementPolicy: Failed
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/success-policy-prp-failed-evicted-never-counted',
  source: 'pkg/controller/job/job_controller.go isPodFailed (onlyReplaceFailedPods: only phase Failed), trackJobStatusAndRemoveFinalizers (canRemoveFinalizer: finishedCondition != nil; failed only if considerPodFailed || finishedCondition is not SuccessCriteriaMet), enactJobFinished (terminating > 0 delays Complete); test/integration/job/job_test.go TestJobSuccessPolicy / TestDelayTerminalPhaseCondition',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a2 r0 T0 s0 f0 st0',
      '1 a2 r2 T0 s0 f0 st0',
      '6 a1 r1 T1 s0 f0 st0',
      '11 a0 r0 T1 s1 f0 st0 ci=0 SuccessCriteriaMet=True/SuccessPolicy@11/11',
      '36 a0 r0 T0 s1 f0 st0 ct36 ci=0 SuccessCriteriaMet=True/SuccessPolicy@11/11 Complete=True/SuccessPolicy@36/36',
    ], 'Job status writes');
    const p1 = h.podsOf('j').find((p) => p.metadata.name === 'j-1-vqbl8');
    h.eq([p1.status.phase, h.exitCodeOf(p1)], ['Failed', 137], 'evicted pod killed at the end of its grace period');
    h.eq(h.job('j').status.conditions.find((c) => c.type === 'SuccessCriteriaMet').message, 'Matched rules at index 0', 'message');
  },
};
