// A native sidecar with a 5s preStop sleep: main exits 1 at 10s (pod Running, not Ready: ready 0 at 11s), the sidecar ends at
// 15s and the pod is Failed then (failed 1 at 16s). The pod-failure back-off counts from the pod's finish time, which
// getFinishTimeFromContainers takes as the latest finishedAt of the regular containers AND the restartable init containers
// (15s), so the replacement is created at 25s, not 20s; Complete at 41s with failed 1.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,0"}}
    spec:
      initContainers:
      - name: side
        image: busybox:1.36
        restartPolicy: Always
        lifecycle: {preStop: {sleep: {seconds: 5}}}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus3/sidecar-prestop-backoff-from-sidecar-finish',
  source: 'pkg/controller/job/backoff_utils.go getFinishedTime/getFinishTimeFromContainers (latestFinishTime over ContainerStatuses, then InitContainerStatuses of restartPolicy Always containers), getRemainingTimeForFailuresCount; job_controller.go manageJob (remainingTime > 0 -> enqueueSyncJobWithDelay), countReadyPods',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a1 r0 T0 s0 f0 st0',
      '1 a1 r1 T0 s0 f0 st0',
      '11 a1 r0 T0 s0 f0 st0',
      '16 a0 r0 T0 s0 f1 st0',
      '25 a1 r0 T0 s0 f1 st0',
      '26 a1 r1 T0 s0 f1 st0',
      '36 a1 r0 T0 s0 f1 st0',
      '41 a0 r0 T0 s1 f1 st0 ct41 SuccessCriteriaMet=True/CompletionsReached@41/41 Complete=True/CompletionsReached@41/41',
    ], 'Job status writes');
    const first = h.podsOf('j')[0];
    const side = first.status.initContainerStatuses.find((c) => c.name === 'side');
    h.eq(h.sec(side.state.terminated.finishedAt), 15, 'sidecar of the failed pod finished at 15s');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)), [0, 25], 'pods created at 0s and 25s (15s + 10s back-off)');
  },
};
