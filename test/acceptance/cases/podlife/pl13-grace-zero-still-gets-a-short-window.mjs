// Pod termination, "Forced Pod termination": with grace 0 the API object is removed at once, but "on the node, Pods
// that are set to terminate immediately will still be given a small grace period before being force killed". The pod
// (terminationGracePeriodSeconds 0, a container that ignores SIGTERM) is kept visible by a finalizer of its own
// template: its Job is deleted at 60s, the garbage collector's DELETE gets grace 0 (deletionTimestamp 60s,
// deletionGracePeriodSeconds 0); the kubelet kills the container with its effective grace (at least 1s, raised to the
// 2s minimum stop window): SIGKILL at 62s, exit 137, and the pod goes Failed, "transitioned to a terminal phase".
export default {
  id: 'podlife/pl13-grace-zero-still-gets-a-short-window',
  source: 'website content/en/docs/concepts/workloads/pods/pod-termination.md "Forced Pod termination" and "Pod Termination Flow"; pkg/kubelet/pod_workers.go calculateEffectiveGracePeriod ("we always supply a grace period of 1"); kuberuntime_container.go killContainer (gracePeriodOverride, then minimumGracePeriodInSeconds = 2); registry/core/pod/strategy.go CheckGracefulDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: force}
spec:
  duration: 3m
  timeline:
  - {at: 60s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata:
      finalizers: [example.com/keep]
      annotations: {jobsim/duration: 1h, jobsim/on-sigterm: ignore}
    spec:
      terminationGracePeriodSeconds: 0
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers], [60, 0, ['example.com/keep']], 'deleted with grace 0, held by its own finalizer');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, 'Stopping container c']], 'Killing');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [137, 'Error', 62], 'SIGKILL after the 2s minimum window');
    h.eq(p.status.phase, 'Failed', 'terminal phase');
  },
};
