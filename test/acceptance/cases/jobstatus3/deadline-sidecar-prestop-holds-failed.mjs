// activeDeadlineSeconds 30 on a pod with a native sidecar whose preStop sleeps 5s: at 30s FailureTarget
// DeadlineExceeded, the pod deleted and counted failed (active 0, ready 0, terminating 1, failed 1); main exits on SIGTERM
// at once but the sidecar runs its hook first and ends at 35s, so the pod is terminal only then and Failed (with the
// Warning DeadlineExceeded) is written at 36s: the Job's terminal condition waits for the sidecar's preStop.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
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
  id: 'jobstatus3/deadline-sidecar-prestop-holds-failed',
  source: 'pkg/controller/job/job_controller.go syncJob (pastActiveDeadline, deleteActivePods, terminating += deleted, non-terminated pods counted failed), enactJobFinished (terminating > 0 delays Failed), recordJobFinished; pkg/kubelet/kuberuntime/kuberuntime_container.go killContainersWithSyncResult / killContainer (preStop before SIGTERM)',
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, 'j'), [
      '0 a0 r- T- s0 f0 st-',
      '0 a1 r0 T0 s0 f0 st0',
      '1 a1 r1 T0 s0 f0 st0',
      '30 a0 r0 T1 s0 f1 st0 FailureTarget=True/DeadlineExceeded@30/30',
      '36 a0 r0 T0 s0 f1 st0 FailureTarget=True/DeadlineExceeded@30/30 Failed=True/DeadlineExceeded@36/36',
    ], 'Job status writes');
    const pod = h.podsOf('j')[0];
    const side = pod.status.initContainerStatuses.find((c) => c.name === 'side');
    h.eq([h.sec(side.state.terminated.finishedAt), side.state.terminated.exitCode], [35, 143], 'sidecar ends after its 5s hook');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => `${h.sec(e.firstTimestamp)} ${e.reason}`), ['0 SuccessfulCreate', '30 SuccessfulDelete', '36 DeadlineExceeded'], 'Job events');
  },
};
