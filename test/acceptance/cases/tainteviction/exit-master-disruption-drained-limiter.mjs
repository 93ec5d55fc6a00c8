// Both nodes of the zone go down: master disruption mode (no NoExecute taint; the tainter's limiter is swapped for
// a never-accepting one). w-2 is back at 300s; the monitor pass at 305s exits the mode and SwapLimiter(0.1)
// installs a new token bucket which it DRAINS because the old limiter refuses (TryAccept false): the queued w-1
// gets its NoExecute taint only when the next token comes, 10s later (315s), and its pod is evicted at 615s.
export default {
  id: 'tainteviction/exit-master-disruption-drained-limiter',
  source: 'node_lifecycle_controller.go handleDisruption (exiting: setLimiterInZone -> SwapLimiter(evictionLimiterQPS)); scheduler/rate_limited_queue.go SwapLimiter ("If we\'re currently waiting on limiter, we drain the new one"), Try',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 1m, nodeDown: w-2, for: 4m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeReady', name: 'w-2' }).map((e) => h.sec(e.firstTimestamp)), [300], 'precondition: w-2 back at 300s');
    const ne = h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute');
    h.eq(h.sec(ne.timeAdded), 315, 'NoExecute taint one token (10s) after exiting master disruption at the 305s pass');
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [615], 'evicted 300s later');
  },
};
