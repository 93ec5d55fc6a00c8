// Master disruption mode ended by a controller-manager restart rather than by a pass: all three nodes are
// Unknown at 105s (master disruption, no NoExecute taint). The controller manager is down from 150s to 300s and
// zone-b's f-1 comes back meanwhile (200s). The new process starts with fresh tainters (0.1/s, burst 1, a full
// bucket: no drain, as no limiter is swapped from a stopped one) and finds zone-b Normal, zone-a FullDisruption:
// a-1 and a-2 are tainted at 300s and 310s, their pods evicted at 600s and 610s.
export default {
  id: 'zones/restart-ends-master-mode-with-full-buckets',
  source: 'node_lifecycle_controller.go addPodEvictorForNewZone (NewTokenBucketRateLimiter(evictionLimiterQPS, 1)), handleDisruption (Initial -> FullDisruption/Normal: setLimiterInZone with the same QPS, SwapLimiter returns early), processTaintBaseEviction; taint_eviction.go processPodOnNode (300s default toleration)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: f, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 60s, nodeDown: a-2 }
  - { at: 55s, nodeDown: f-1, for: 145s }
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
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => h.sec(e.firstTimestamp)), [105, 105, 105], 'all Unknown at 105s');
    h.eq(h.events({ reason: 'NodeReady' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['f-1', 200]], 'f-1 back during the outage');
    const ne = (n) => h.sec((h.get('Node', n).spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
    h.eq([ne('a-1'), ne('a-2')].sort(), [300, 310], 'first taint at the return, the next one token later');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message.split(' Pod ')[0]]), [[600, 'Marking for deletion'], [610, 'Marking for deletion']], 'evictions');
  },
};
