// A pod that succeeds: Scheduled, Pulled (image present, IfNotPresent), Created, Started; final
// status Succeeded with the kubelet's terminal conditions and the terminated state.
export default {
  id: 'cluster/kubelet-events-success',
  source: 'kuberuntime_container.go startContainer events (1.32-1.34 texts "Created container: %v", "Started container %v"); images/image_manager.go "Container image %q already present on machine"; status/generate.go (PodCompleted)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: ok }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "42s" } }
    spec:
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('ok')[0];
    const ev = r.events.filter((e) => e.involvedObject.name === p.metadata.name).map((e) => [e.reason, e.source.component, e.message]);
    h.eq(ev, [
      ['Scheduled', 'default-scheduler', `Successfully assigned default/${p.metadata.name} to ${p.spec.nodeName}`],
      ['Pulled', 'kubelet', 'Container image "busybox:1.36" already present on machine'],
      ['Created', 'kubelet', 'Created container: main'],
      ['Started', 'kubelet', 'Started container main'],
    ], 'pod events');
    h.eq(p.spec.containers[0].imagePullPolicy, 'IfNotPresent', 'imagePullPolicy default for a tagged image');
    h.eq(p.status.phase, 'Succeeded', 'phase');
    h.eq(h.sec(p.status.startTime), 0, 'startTime');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.name, cs.ready, cs.restartCount], ['main', false, 0], 'container status');
    const t = cs.state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt)], [0, 'Completed', 0, 42], 'terminated');
    const c = Object.fromEntries(p.status.conditions.map((x) => [x.type, [x.status, x.reason ?? null]]));
    h.eq(c, { PodReadyToStartContainers: ['False', null], Initialized: ['True', 'PodCompleted'], Ready: ['False', 'PodCompleted'], ContainersReady: ['False', 'PodCompleted'], PodScheduled: ['True', null] }, 'conditions');
  },
};
