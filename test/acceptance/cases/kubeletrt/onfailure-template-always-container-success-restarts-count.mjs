// Template restartPolicy OnFailure, but the container's own restartPolicy Always restarts it after every SUCCESSFUL
// run (10s, exit 0). The Job controller sums restartCount of the running pods whatever the exit code: the restart
// at 10s makes it 1 >= backoffLimit 1, so FailureTarget BackoffLimitExceeded at 11s, the running container killed
// (Killing, 143, lastState the Completed 0-10 run), Failed at 12s, failed 1 - although no container ever failed.
export default {
  id: 'kubeletrt/onfailure-template-always-container-success-restarts-count',
  source: 'pkg/api/v1/pod/util.go ContainerShouldRestart (container Always: restart after exit 0); pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions; pkg/controller/job/job_controller.go pastBackoffLimitOnFailure (template OnFailure: sum of RestartCount of Pending/Running pods >= backoffLimit), deleteActivePods',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: q }
spec:
  backoffLimit: 1
  template:
    spec:
      restartPolicy: OnFailure
      containers:
      - { name: c, image: busybox:1.36, restartPolicy: Always }
`,
  check(r, h) {
    const p = h.podsOf('q')[0];
    const cs = p.status.containerStatuses[0];
    h.eq([cs.restartCount, cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.finishedAt), cs.lastState.terminated?.exitCode, cs.lastState.terminated?.reason],
      [1, 143, 11, 0, 'Completed'], 'container');
    h.eq(p.status.phase, 'Failed', 'pod phase');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [11], 'Killing');
    const j = h.job('q');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'Job conditions');
    h.eq([j.status.failed, j.status.succeeded ?? 0], [1, 0], 'Job counts');
  },
};
