// Three of six nodes of one zone down together (3/6 = 0.5 < 0.55: Normal state): NoExecute taints 10s
// apart (0.1 qps, burst 1), evictions 300s after each.
export default {
  id: 'nodelife/same-zone-three-rate-limit',
  source: 'node_lifecycle_controller.go ComputeZoneState (notReady > 2 && ratio >= 0.55 for partial); RateLimitedTimedQueue token bucket 0.1/s burst 1',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 6, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 1m, nodeDown: w-2 }
  - { at: 1m, nodeDown: w-3 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 6
  parallelism: 6
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const ts = ['w-1', 'w-2', 'w-3'].map((n) => h.sec(h.get('Node', n).spec.taints.find((x) => x.effect === 'NoExecute').timeAdded)).sort((a, b) => a - b);
    h.eq([ts[1] - ts[0], ts[2] - ts[1]], [10, 10], 'taints 10s apart');
    const ev = h.events({ reason: 'TaintManagerEviction' }).filter((e) => e.message.startsWith('Marking')).map((e) => h.sec(e.firstTimestamp)).sort((a, b) => a - b);
    h.eq(ev, ts.map((t) => t + 300), 'evictions');
  },
};
