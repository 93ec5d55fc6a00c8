// A node deleted while it waits in its zone's tainting queue still takes the next token. zone-a (10 nodes,
// Normal): w-1 tainted at 115s; f-1, Unknown at 115s, queued at 120s, waits for the 125s token but its Node is
// deleted at 122s. Nothing takes it out of the queue (it is no longer listed, so not re-added either, and keeps its
// older place at the head): at 125s it takes the token and leaves the queue (NotFound), so w-3, queued at 125s,
// gets the next token: NoExecute at 135s, not 125s.
export default {
  id: 'zones/deleted-node-in-queue-spends-token',
  source: 'node_lifecycle_controller.go doNoExecuteTaintingPass (nodeLister.Get NotFound: "Node no longer present in nodeLister", return true, 0); scheduler/rate_limited_queue.go Try (limiter.TryAccept before the action for the head), UniqueQueue ordered by ProcessAt',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 9, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: f, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
  faults:
  - { at: 60s, nodeDown: w-1 }
  - { at: 65s, nodeDown: f-1 }
  - { at: 70s, nodeDown: w-3 }
  - { at: 122s, deleteNode: f-1 }
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['w-1', 110], ['f-1', 115], ['w-3', 120]], 'Unknown times');
    const ne = (n) => h.sec((h.get('Node', n).spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
    h.eq([ne('w-1'), ne('f-1'), ne('w-3')], [115, undefined, 135], 'the deleted node spends the 125s token');
  },
};
