// The zone's tainting limiter is a token bucket of burst 1: idle time does not bank tokens. In a 10-node zone
// (at most 3 not Ready: Normal), w-1 takes the token at 115s; w-2 and w-3, Unknown at 170s and queued at 175s,
// find one token only: 175s and 185s (not both at 175s, though 60s passed). Their pods are evicted 300s after
// each taint: 415s, 475s, 485s.
export default {
  id: 'zones/bucket-holds-one-token-after-idle',
  source: 'node_lifecycle_controller.go addPodEvictorForNewZone (flowcontrol.NewTokenBucketRateLimiter(evictionLimiterQPS, scheduler.EvictionRateLimiterBurst = 1)), ComputeZoneState (3 of 10: Normal); scheduler/rate_limited_queue.go Try',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 10, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
  faults:
  - { at: 60s, nodeDown: w-1 }
  - { at: 120s, nodeDown: w-2 }
  - { at: 120s, nodeDown: w-3 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 10
  completions: 10
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['w-1', 110], ['w-2', 170], ['w-3', 170]], 'Unknown times');
    const ne = (n) => h.sec((h.get('Node', n).spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
    h.eq(ne('w-1'), 115, 'w-1');
    h.eq([ne('w-2'), ne('w-3')].sort(), [175, 185], 'w-2 and w-3 one token each, 10s apart');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp)), [415, 475, 485], 'evictions 300s after each taint');
    h.eq(h.job('j').status.failed, 3, 'three evicted pods counted failed');
  },
};
