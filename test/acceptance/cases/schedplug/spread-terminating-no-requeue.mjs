// A pod refused by a zone spread constraint is not requeued when the matching pod that blocks it only starts
// terminating (a graceful deletion is an "other" pod update, which PodTopologySpread does not register): it
// binds when that pod is gone (SIGKILL at the end of its 60s grace period), not at the deletion request.
export default {
  id: 'schedplug/spread-terminating-no-requeue',
  source: 'pkg/scheduler/framework/events.go PodSchedulingPropertiesChange (no label/scale-down/gate/toleration change -> updatePodOther); podtopologyspread/plugin.go EventsToRegister (Pod Add|UpdatePodLabel|UpdatePodToleration|Delete) and isSchedulableAfterPodChange (deleted matching pod: Queue); scheduler pod informer field selector status.phase!=Succeeded,Failed (terminal pod seen as deleted)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zb } }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: p }
      spec:
        template:
          metadata: { labels: { app: web } }
          spec:
            restartPolicy: Never
            topologySpreadConstraints:
            - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: 500m } } }]
  - { at: 60s, delete: { kind: Job, name: m } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: m }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      terminationGracePeriodSeconds: 60
      nodeSelector: { kubernetes.io/hostname: a-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 500m } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: fill }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: b-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const m = h.podsOf('m')[0];
    h.eq([h.sec(m.status.containerStatuses[0].state.terminated?.finishedAt), m.status.containerStatuses[0].state.terminated?.exitCode], [120, 137], 'm killed at the end of its grace period');
    const p = h.podsOf('p')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]),
      [[10, "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match pod topology spread constraints. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod."]], 'refused at +10s');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[120, `Successfully assigned default/${p.metadata.name} to a-1`]], 'bound once m is gone');
  },
};
