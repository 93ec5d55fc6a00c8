// The Job is deleted at 10s; its pod's container ignores SIGTERM and its 25s of work end (exit 0) inside the
// 30s grace period. The kubelet regenerates the status of the terminal pod with podIsTerminal: every regular
// container stopped in success, so the pod is Succeeded (not Failed because it was deleted): Initialized
// True/PodCompleted (time unchanged), Ready/ContainersReady False/PodCompleted at 25s, container Completed.
export default {
  id: 'kubestatus/deleted-natural-exit0-succeeded',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (podIsTerminal: stopped == succeeded -> PodSucceeded); kubelet.go SyncTerminatingPod (generateAPIPodStatus(pod, stoppedPodStatus, true)); status/generate.go (PodCompleted)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 2m
  timeline:
  - { at: 10s, delete: { kind: Job, name: j } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "25s", jobsim/on-sigterm: ignore } }
    spec:
      initContainers: [{ name: setup, image: busybox:1.36 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, p.status.reason], ['Succeeded', undefined], 'phase');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [40, 30], 'graceful deletion');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[10, 'Stopping container c']], 'Killing');
    const f = (t) => { const c = h.anyCond(p, t); return [c.status, c.reason ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq([f('Initialized'), f('Ready'), f('ContainersReady'), f('PodReadyToStartContainers')],
      [['True', 'PodCompleted', 0], ['False', 'PodCompleted', 25], ['False', 'PodCompleted', 25], ['False', null, 25]], 'conditions');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt)], [0, 'Completed', 0, 25], 'container');
  },
};
