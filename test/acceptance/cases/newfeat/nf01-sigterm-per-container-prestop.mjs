// Two containers, one behaviour (onSigterm: 15s), grace 30s; only container b has a 20s preStop sleep.
// killContainersWithSyncResult kills each container in parallel, each with its own killContainer: a gets
// SIGTERM at the deletion (60s) and, handling it in 15s, exits 143 at 75s; b runs its hook (20s), leaving a
// 10s stop window, too short for its 15s shutdown: SIGKILL, 137 at 90s. jobsim gives both containers the
// pod-wide verdict (137 at 90s), so an onExitCodes rule naming container a would see 137, not 143.
export default {
  id: 'newfeat/nf01-sigterm-per-container-prestop',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainersWithSyncResult (one goroutine per container) and killContainer (gracePeriod -= executePreStopHook per container; StopContainer(gracePeriod))',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {app: w}}
    duration: 1h
    onSigterm: 15s
  timeline:
  - {at: 1m, delete: {kind: Job, name: w}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: w}
spec:
  template:
    metadata: {labels: {app: w}}
    spec:
      containers:
      - {name: a, image: busybox}
      - name: b
        image: busybox
        lifecycle: {preStop: {sleep: {seconds: 20}}}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('w')[0];
    h.eq(h.sec(p.metadata.deletionTimestamp), 90, 'deletionTimestamp');
    const byName = Object.fromEntries(p.status.containerStatuses.map((c) => [c.name, [c.state.terminated.exitCode, h.sec(c.state.terminated.finishedAt)]]));
    h.eq(byName.b, [137, 90], 'b: hook 20s, window 10s, SIGKILL');
    h.eq(byName.a, [143, 75], 'a: no hook, window 30s, exits 15s after SIGTERM');
  },
};
