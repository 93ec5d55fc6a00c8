// Two nodes of one zone going Unknown together: NoExecute taints 10s apart (--node-eviction-rate
// 0.1, burst 1), so their pods are evicted 10s apart; 2 of 3 not ready is not PartialDisruption.
export default {
  id: 'cluster/taint-rate-limit',
  source: 'node_lifecycle_controller.go zoneNoExecuteTainter RateLimitedTimedQueue (evictionLimiterQPS 0.1, burst 1); ComputeZoneState (notReady > 2 for partial); cronjob-and-friends.md §5.1',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 1m, nodeDown: w-2 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const t = (n) => h.sec(h.get('Node', n).spec.taints.find((x) => x.effect === 'NoExecute').timeAdded);
    const u = (n) => h.sec(h.get('Node', n).status.conditions.find((c) => c.type === 'Ready').lastTransitionTime);
    const [a, b] = [t('w-1'), t('w-2')].sort((x, y) => x - y);
    h.assert(Math.abs(u('w-1') - u('w-2')) <= 5, 'both Unknown within one monitor pass');
    h.eq(a, Math.min(u('w-1'), u('w-2')) + 5, 'first NoExecute taint one monitor pass after the first Unknown time');
    h.eq(b - a, 10, 'second NoExecute taint 10s after the first');
    const ev = h.events({ reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp)).sort((x, y) => x - y);
    h.eq(ev, [a + 300, b + 300], 'evictions 300s after each taint');
  },
};
