// One FailedScheduling over four nodes refused for four reasons: a drained node (NodeUnschedulable), a
// tainted one, one short of memory, one without the zone label a DoNotSchedule constraint needs. The
// histogram is sorted as strings ("1 I..." before "1 n..."), and preemption finds only the memory-short
// node worth a dry run (its pod is not of lower priority); the three others are UnschedulableAndUnresolvable.
export default {
  id: 'schedplug/four-reasons-drain-spread-message',
  source: 'framework/types.go FitError.Error (sortReasonsHistogram: sort.Strings of "%v %v"); nodeunschedulable Filter (UnschedulableAndUnresolvable); tainttoleration Filter; noderesources/fit.go fitsRequest ("Insufficient memory", Unschedulable); podtopologyspread/filtering.go Filter (ErrReasonNodeLabelNotMatch, UnschedulableAndUnresolvable); preemption.go Preempt/findCandidates; default_preemption.go SelectVictimsOnNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: c, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: t, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za }, taints: [{ key: team, value: ml, effect: NoSchedule }] }
    - { name: m, count: 1, capacity: { cpu: "4", memory: 1Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: nz, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
  faults:
  - { at: 0s, drainNode: c-1 }
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
            containers: [{ name: c, image: busybox, resources: { requests: { memory: 768Mi } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: fill }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: m-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { memory: 512Mi } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('p')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]),
      [[10, "0/4 nodes are available: 1 Insufficient memory, 1 node(s) didn't match pod topology spread constraints (missing required label), 1 node(s) had untolerated taint(s), 1 node(s) were unschedulable. preemption: 0/4 nodes are available: 1 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling."]], 'FailedScheduling');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, c?.reason], ['False', 'Unschedulable'], 'PodScheduled');
  },
};
