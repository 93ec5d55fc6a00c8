// imagePullPolicy Always (":latest" default): every container start pulls, so under OnFailure each
// restart has its own Pulling/Pulled pair before Created/Started (3 runs -> 3 Pulling events).
export default {
  id: 'kubelet/always-pull-each-restart',
  source: 'pkg/kubelet/images/image_manager.go EnsureImageExists (PullAlways -> pull on every container start); kuberuntime_container.go startContainer (EnsureImageExists per start); API defaulting (no tag -> Always)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,1,0" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.containers[0].imagePullPolicy, 'Always', 'defaulted pull policy');
    h.eq(h.events({ reason: 'Pulling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, 'Pulling image "busybox"'], [10, 'Pulling image "busybox"'], [30, 'Pulling image "busybox"']], 'Pulling per start');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30], 'starts');
  },
};
