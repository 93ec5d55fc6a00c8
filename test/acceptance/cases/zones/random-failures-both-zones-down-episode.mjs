// Random node failures (mtbf) in a two-zone cluster with one node per zone: in this seed's 3 days both nodes are
// down together four times, b-1 coming back first each time. From the moment both are Unknown nothing is evicted
// (master disruption mode); the pass after b-1's return exits the mode with zone-a's limiter drained, so a-1 is
// tainted 10s later and its pods evicted 300s after that (e.g. 53890s both down, b-1 back 54013s, exit 54015s,
// a-1 pod evicted 54325s), and not before.
export default {
  id: 'zones/random-failures-both-zones-down-episode',
  source: 'node_lifecycle_controller.go handleDisruption (enter: markNodeAsReachable + SwapLimiter(0); exit: setLimiterInZone), scheduler/rate_limited_queue.go SwapLimiter (drained new bucket); taint_eviction.go (300s default toleration); README random failures (mtbf/mttr)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  seed: 3
  duration: 3d
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a }, mtbf: 3h, mttr: 40m }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b }, mtbf: 3h, mttr: 40m }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: c }
spec:
  schedule: "*/30 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: { annotations: { jobsim/duration: "25m" } }
        spec:
          containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
          restartPolicy: Never
`,
  check(r, h) {
    // NotReady spells per node, from the node controller's NodeNotReady to the kubelet's NodeReady
    const spells = { 'a-1': [], 'b-1': [] };
    for (const e of h.events({ kind: 'Node' })) {
      const n = e.involvedObject.name, t = h.sec(e.firstTimestamp);
      if (e.reason === 'NodeNotReady') spells[n].push([t, Infinity]);
      if (e.reason === 'NodeReady') spells[n][spells[n].length - 1][1] = t;
    }
    const both = [];
    for (const [a0, a1] of spells['a-1']) for (const [b0, b1] of spells['b-1']) if (Math.max(a0, b0) < Math.min(a1, b1)) both.push([Math.max(a0, b0), Math.min(a1, b1), a1 > b1 ? 'a-1' : 'b-1']);
    h.eq(both, [[53890, 54013, 'a-1'], [139515, 139677, 'a-1'], [188600, 192818, 'a-1'], [236465, 236986, 'a-1']], 'episodes with both nodes down (b-1 returns first each time)');
    const marks = h.events({ reason: 'TaintManagerEviction' }).filter((e) => e.message.startsWith('Marking')).map((e) => [h.sec(e.firstTimestamp), h.get('Pod', e.involvedObject.name).spec.nodeName]);
    const seen = [];
    for (const [start, end, still] of both) {
      const exitPass = Math.floor(end / 5) * 5 + 5;
      h.eq(marks.filter(([t]) => t >= start && t < exitPass + 310), [], `no eviction from ${start}s (master disruption) until the re-taint plus 300s`);
      const at = marks.filter(([t]) => t === exitPass + 310);
      h.assert(at.every(([, n]) => n === still), `evictions at ${exitPass + 310}s are of ${still}'s pods`);
      seen.push(at.length);
    }
    h.eq(seen, [1, 0, 4, 4], 'pods of the node still down evicted 10s (drained bucket) + 300s after each exit pass');
  },
};
