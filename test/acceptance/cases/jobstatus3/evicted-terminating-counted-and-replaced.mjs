// Default podReplacementPolicy: a pod evicted at 5s that ignores SIGTERM (killed at 35s, grace 30) is counted failed in the
// first sync after the eviction (6s: active 0, ready 0, terminating 1, failed 1) and replaced once the back-off from its
// estimated finish time (deletionTimestamp - grace = 5s) has passed: 15s, while it is still terminating (active 1,
// terminating 1); terminating drops to 0 after the kill (36s); Complete at 76s with failed 1.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
  - {at: 5s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 60s, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/evicted-terminating-counted-and-replaced',
  source: 'pkg/controller/job/job_controller.go isPodFailed (deleted and not Succeeded), syncJob (terminating = CountTerminatingPods over every pod, counted ones included), backoff_utils.go getFinishedTime (no terminated container, Ready not False -> deletionTimestamp - deletionGracePeriodSeconds), manageJob (remainingTime -> enqueueSyncJobWithDelay)',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a1 r0 T0 s0 f0 st0',
      '1 a1 r1 T0 s0 f0 st0',
      '6 a0 r0 T1 s0 f1 st0',
      '15 a1 r0 T1 s0 f1 st0',
      '16 a1 r1 T1 s0 f1 st0',
      '36 a1 r1 T0 s0 f1 st0',
      '76 a0 r0 T0 s1 f1 st0 ct76 SuccessCriteriaMet=True/CompletionsReached@76/76 Complete=True/CompletionsReached@76/76',
    ], 'Job status writes');
    const first = h.podsOf('j')[0];
    h.eq([h.sec(first.metadata.deletionTimestamp), first.metadata.deletionGracePeriodSeconds], [35, 30], 'eviction: deletionTimestamp 5s + 30s');
  },
};
