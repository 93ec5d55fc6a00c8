// A node without the constraint's topologyKey fails with the "(missing required label)" reason,
// UnschedulableAndUnresolvable (preemption: not helpful), and so, since 1.34, is the labelled node
// whose whole allocatable is below the pod's request (NodeResourcesFit's Unresolvable).
export default {
  id: 'spread/missing-label-message',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/filtering.go Filter (tpVal missing -> fwk.UnschedulableAndUnresolvable, ErrReasonNodeLabelNotMatch); plugin.go ErrReasonNodeLabelNotMatch = ErrReasonConstraintsNotMatch + " (missing required label)"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: nolabel, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  template:
    metadata: { labels: { app: big } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: big } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "4" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('big')[0];
    h.eq(p.spec.nodeName, undefined, 'not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ["0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match pod topology spread constraints (missing required label). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."], 'message');
  },
};
