// A restarted controller manager sees every node as new: monitorNodeHealth's first pass calls
// markNodeAsReachable on each added node, removing the unreachable NoExecute taints of a-1 and a-2 (both still
// Unknown), then queues them again for tainting in zone-a's new tainter (0.1/s, burst 1): one is tainted at the
// 300s return, the other one token later, 310s. The restarted taint-eviction controller plans from what it sees,
// so their pods (tolerationSeconds 60) are evicted at 360s and 370s, not both at 360s.
export default {
  id: 'zones/restart-retaints-through-zone-limiter',
  source: 'node_lifecycle_controller.go monitorNodeHealth (classifyNodes: every node "added" in a new process -> addPodEvictorForNewZone, markNodeAsReachable(added[i])), processTaintBaseEviction -> markNodeForTainting, doNoExecuteTaintingPass (RateLimitedTimedQueue, token bucket 0.1/s burst 1); taint_eviction.go processPodOnNode (plans from the time it sees the taint)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 60s, nodeDown: a-2 }
  - { at: 150s, controllerDown: all, for: 150s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: zone-a }
      tolerations:
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 60 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['a-1', 105], ['a-2', 105]], 'both Unknown before the outage');
    const ne = (n) => h.sec((h.get('Node', n).spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
    h.eq([ne('a-1'), ne('a-2')].sort(), [300, 310], 'taints removed at the return and added again one token apart');
    const marks = h.events({ reason: 'TaintManagerEviction' }).filter((e) => e.message.startsWith('Marking')).map((e) => h.sec(e.firstTimestamp));
    h.eq(marks, [360, 370], 'evictions 60s after each new taint');
  },
};
