// After the regular container exits 0, the sidecar is stopped: its final initContainerStatus is
// terminated {exitCode 143, reason Error, startedAt +0s, finishedAt +20s}, ready false, started false,
// restartCount 0. The pod is Succeeded: a terminated restartable init container is not counted by
// getPhase, so its 143 does not fail the pod. Initialized True/PodCompleted; Ready and ContainersReady
// False/PodCompleted from +20s.
export default {
  id: 'sidecars/succeeded-final-status',
  source: 'pkg/kubelet/kubelet_pods.go getPhase ("terminated restartable init containers are not taken into account for the pod phase"; stopped == succeeded -> PodSucceeded); pkg/kubelet/status/generate.go GeneratePodInitializedCondition (PodSucceeded -> True/PodCompleted), generateContainersReadyConditionForTerminalPhase; prober_manager.go UpdatePodStatus (ready/started false once not running); README known differences (SIGTERM exit 143 at once)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      initContainers:
      - { name: setup, image: busybox:1.36 }
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Succeeded', 'phase');
    const ics = p.status.initContainerStatuses ?? [];
    const view = (c) => { const t = c.state?.terminated ?? {}; return [c.name, t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt), c.ready, c.started ?? false, c.restartCount]; };
    h.eq(ics.map(view), [['setup', 0, 'Completed', 0, 0, true, false, 0], ['proxy', 143, 'Error', 0, 20, false, false, 0]], 'initContainerStatuses');
    h.eq(view(p.status.containerStatuses[0]), ['main', 0, 'Completed', 0, 20, false, false, 0], 'main');
    const c = (t) => { const x = h.anyCond(p, t); return x && [x.status, x.reason ?? null, h.sec(x.lastTransitionTime)]; };
    h.eq([c('Initialized'), c('Ready'), c('ContainersReady')], [['True', 'PodCompleted', 0], ['False', 'PodCompleted', 20], ['False', 'PodCompleted', 20]], 'conditions');
    h.eq(r.metrics.pods.succeeded, 1, 'metrics pods.succeeded');
  },
};
