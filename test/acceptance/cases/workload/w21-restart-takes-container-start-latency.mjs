// latencies.containerStart is the time a container takes to be created and started; a restart under
// OnFailure creates and starts the container again, so it takes that time too: exit-codes "1,0", 5s runs,
// containerStart 3s: first run +3s..+8s; the first restart is decided at once (back-off 0s) and the
// container starts at +11s, running to +16s.
export default {
  id: 'workload/restart-takes-container-start-latency',
  source: 'README ("image pull and container start take the configured latencies"); pkg/kubelet/kuberuntime/kuberuntime_manager.go SyncPod (a restart runs startContainer again: create + start)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rs}
spec:
  latencies: {containerStart: 3s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "1,0"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: OnFailure}
`,
  check(r, h) {
    const cs = h.podsOf('j')[0].status.containerStatuses[0];
    h.eq([h.sec(cs.lastState.terminated.startedAt), h.sec(cs.lastState.terminated.finishedAt)], [3, 8], 'first run');
    h.eq([h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)], [11, 16], 'second run after the start latency');
  },
};
