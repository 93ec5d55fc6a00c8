// Pod termination with sidecars: "If the grace period expires before the termination process is complete, the Pod may
// enter forced termination ... all remaining containers in the Pod will be terminated simultaneously with a short
// grace period", and "if the Pod has a preStop hook that exceeds the termination grace period, emergency termination
// may occur". Deleted at 30s (grace 30): main's 30s preStop sleep uses the whole grace, so main gets SIGTERM at 60s
// with the 2s minimum window and, ignoring it, is SIGKILLed at 62s (137). The sidecar waits for main only within its
// grace: at 60s its wait ends, it gets SIGTERM with the 2s minimum and exits 143 at 60s, before main.
export default {
  id: 'podlife/pl21-sidecar-turn-ends-with-grace-period',
  source: 'website content/en/docs/concepts/workloads/pods/pod-termination.md "Pod shutdown and sidecar containers"; kuberuntime_termination_order.go waitForTurn (returns when the remaining grace runs out); kuberuntime_container.go killContainer (gracePeriod -= preStop; -= waited; minimumGracePeriodInSeconds 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: emergency}
spec:
  duration: 3m
  timeline:
  - {at: 30s, delete: {kind: Job, name: etl}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h, jobsim/on-sigterm: ignore}}
    spec:
      initContainers:
      - {name: proxy, image: busybox:1.36, restartPolicy: Always}
      containers:
      - name: main
        image: busybox:1.36
        lifecycle: {preStop: {sleep: {seconds: 30}}}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('etl')[0];
    const end = (c) => [c.name, c.state.terminated?.exitCode, h.sec(c.state.terminated?.finishedAt)];
    h.eq([...p.status.initContainerStatuses, ...p.status.containerStatuses].map(end), [['proxy', 143, 60], ['main', 137, 62]], 'ends');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [30, 30], 'both Killing at the deletion');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Failed', 60], 'pod');
  },
};
