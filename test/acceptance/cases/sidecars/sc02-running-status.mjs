// While the regular container runs, the sidecar is reported running in initContainerStatuses:
// state.running {startedAt +0s}, started true, ready true (no readiness probe: ready once started),
// restartCount 0; the plain init container before it is terminated Completed, ready true, started
// false. Phase Running; Initialized True (no reason), Ready and ContainersReady True.
export default {
  id: 'sidecars/running-status',
  source: 'pkg/kubelet/prober/prober_manager.go UpdatePodStatus (restartable init container: started when running, ready when started and no readiness probe; plain init container ready iff exited 0); pkg/kubelet/kubelet_pods.go getPhase (running restartable init container counts as running); pkg/kubelet/status/generate.go GeneratePodInitializedCondition (isInitContainerInitialized: a sidecar counts once started), GenerateContainersReadyCondition (sidecars included)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      initContainers:
      - { name: setup, image: busybox:1.36 }
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    const ics = p.status.initContainerStatuses ?? [];
    h.eq(ics.map((c) => [c.name, Object.keys(c.state ?? {})[0], c.ready, c.started ?? false, c.restartCount]),
      [['setup', 'terminated', true, false, 0], ['proxy', 'running', true, true, 0]], 'initContainerStatuses');
    h.eq([ics[0].state.terminated.exitCode, ics[0].state.terminated.reason], [0, 'Completed'], 'setup terminated');
    h.eq(h.sec(ics[1].state.running.startedAt), 0, 'proxy running since +0s');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.name, Object.keys(cs.state)[0], cs.ready, cs.started], ['main', 'running', true, true], 'main status');
    const c = (t) => { const x = h.anyCond(p, t); return x && [x.status, x.reason ?? null, h.sec(x.lastTransitionTime)]; };
    h.eq([c('Initialized'), c('Ready'), c('ContainersReady')], [['True', null, 0], ['True', null, 0], ['True', null, 0]], 'conditions');
  },
};
