// OnFailure, exit codes 1,1,0 (10s runs): the first exit (+10s) restarts at once (no back-off entry yet);
// the second (+20s) waits 10s with a Warning BackOff at +20s; the restart at +30s runs to exit 0. Every
// kubelet event is on the container ref spec.containers{c} (Pulled "already present" again at each restart).
export default {
  id: 'eventfields/ef23-crashloop-backoff-events',
  source: 'kuberuntime_manager.go doBackOff (container ref, "Back-off restarting failed container %s in pod %s"); kuberuntime_container.go startContainer (container ref); pkg/kubelet/container/ref.go',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: cl}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: OnFailure
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const ev = r.events.filter((e) => e.source.component === 'kubelet');
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.reason, e.involvedObject.fieldPath ?? null]), [
      [0, 'Pulled', 'spec.containers{c}'], [0, 'Created', 'spec.containers{c}'], [0, 'Started', 'spec.containers{c}'],
      [10, 'Pulled', 'spec.containers{c}'], [10, 'Created', 'spec.containers{c}'], [10, 'Started', 'spec.containers{c}'],
      [20, 'BackOff', 'spec.containers{c}'],
      [30, 'Pulled', 'spec.containers{c}'], [30, 'Created', 'spec.containers{c}'], [30, 'Started', 'spec.containers{c}'],
    ], 'kubelet events');
  },
};
