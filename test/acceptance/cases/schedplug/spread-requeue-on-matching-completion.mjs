// A pod refused by a zone spread constraint is retried the moment a matching pod of the crowded zone
// completes (a scheduled pod that goes Succeeded leaves the scheduler's view: a Pod/Delete event, which
// PodTopologySpread's hint queues when the pod matches its selector), and binds then, at +45s.
export default {
  id: 'schedplug/spread-requeue-on-matching-completion',
  source: 'podtopologyspread/plugin.go isSchedulableAfterPodChange ("Pod is deleted. Return Queue when the deleted Pod has a label that matches with topologySpread\'s selector"); pkg/scheduler/scheduler.go newPodInformer (field selector status.phase!=Succeeded,status.phase!=Failed); eventhandlers.go deletePodFromCache (EventAssignedPodDelete)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zb } }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: p }
      spec:
        template:
          metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
          spec:
            restartPolicy: Never
            topologySpreadConstraints:
            - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: m }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 45s } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
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
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const m = h.podsOf('m')[0];
    h.eq([m.status.phase, h.sec(m.status.containerStatuses[0].state.terminated.finishedAt)], ['Succeeded', 45], 'm completes at +45s');
    const p = h.podsOf('p')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]),
      [[10, "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match pod topology spread constraints. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod."]], 'refused at +10s');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[45, `Successfully assigned default/${p.metadata.name} to a-1`]], 'bound when m completes');
  },
};
