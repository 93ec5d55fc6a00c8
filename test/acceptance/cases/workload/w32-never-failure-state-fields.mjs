// restartPolicy Never, exit 5: the container is terminated with exitCode 5, reason Error, restartCount 0 and
// no lastState; the pod is Failed with Ready and ContainersReady False reason PodFailed at the exit time;
// the pod has no status.reason (only evictions, deadlines and rejections set one).
export default {
  id: 'workload/never-failure-state-fields',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go (reason Error for a non-zero exit); pkg/kubelet/status/generate.go GeneratePodReadyCondition (PodFailed); kubelet getPhase',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: nf}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "42s", jobsim/exit-codes: "5"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const p = h.podsOf('nf')[0];
    const cs = p.status.containerStatuses[0];
    h.eq([cs.state.terminated.exitCode, cs.state.terminated.reason, h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt), cs.restartCount, cs.lastState === undefined || Object.keys(cs.lastState).length === 0], [5, 'Error', 0, 42, 0, true], 'container');
    h.eq([p.status.phase, p.status.reason], ['Failed', undefined], 'pod phase');
    const rc = h.anyCond(p, 'Ready'), cr = h.anyCond(p, 'ContainersReady');
    h.eq([rc.status, rc.reason, h.sec(rc.lastTransitionTime), cr.status, cr.reason], ['False', 'PodFailed', 42, 'False', 'PodFailed'], 'conditions');
    h.hasCond(h.job('nf'), 'Failed', 'BackoffLimitExceeded');
  },
};
