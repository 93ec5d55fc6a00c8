// Without a Simulation document nor annotations a container runs 10s and exits 0: the pod's container is
// terminated with exitCode 0, reason Completed, startedAt +0s, finishedAt +10s, restartCount 0 and no
// lastState; the pod is Succeeded with startTime +0s; the Job completes one second after (pod updates are
// batched by 1s).
export default {
  id: 'workload/defaults-container-state',
  source: 'CONTRACT.md §2 (defaults: 10s, exit 0); pkg/kubelet/kuberuntime/kuberuntime_container.go (reason Completed for exit 0); job_controller.go syncJob batching (1s)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: d}
spec:
  template:
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const p = h.podsOf('d')[0];
    const cs = p.status.containerStatuses[0];
    h.eq([cs.state.terminated.exitCode, cs.state.terminated.reason, h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)], [0, 'Completed', 0, 10], 'terminated');
    h.eq([cs.restartCount, cs.lastState === undefined || Object.keys(cs.lastState).length === 0, cs.ready, cs.name], [0, true, false, 'c'], 'status fields');
    h.eq([p.status.phase, h.sec(p.status.startTime)], ['Succeeded', 0], 'pod');
    h.eq(h.sec(h.job('d').status.completionTime), 11, 'completionTime');
  },
};
