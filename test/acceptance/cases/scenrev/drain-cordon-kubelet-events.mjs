// scenarios/node-drain.yaml: the cordon (+5m) and the uncordon (+1h5m) of worker-1 are reported by its kubelet
// at its next node status sync (every 10s), NodeNotSchedulable then NodeSchedulable "Node worker-1 status is
// now: ...", exactly 1h apart (same sync phase); at the end the node is schedulable again and has no taint left.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenrev/drain-cordon-kubelet-events',
  source: 'kubernetes pkg/kubelet/kubelet_node_status.go recordNodeSchedulableEvent (NodeNotSchedulable / NodeSchedulable when spec.unschedulable changes, "Node %s status is now: %s", run by the node status sync every nodeStatusUpdateFrequency 10s); pkg/controller/nodelifecycle/node_lifecycle_controller.go doNoScheduleTaintingPass (node.kubernetes.io/unschedulable taint follows spec.unschedulable)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/node-drain.yaml'), 'utf8'),
  check(r, h) {
    const ev = r.events.filter((e) => e.involvedObject.kind === 'Node').map((e) => [e.reason, e.message, e.source.component, e.source.host, h.sec(e.firstTimestamp)]);
    h.eq(ev.map((e) => e.slice(0, 4)), [
      ['NodeNotSchedulable', 'Node worker-1 status is now: NodeNotSchedulable', 'kubelet', 'worker-1'],
      ['NodeSchedulable', 'Node worker-1 status is now: NodeSchedulable', 'kubelet', 'worker-1'],
    ], 'node events');
    h.assert(ev[0][4] > 300 && ev[0][4] <= 310, `NodeNotSchedulable at +${ev[0][4]}s, expected within the 10s after the cordon at +300s`);
    h.eq(ev[1][4] - ev[0][4], 3600, 'NodeSchedulable one hour after NodeNotSchedulable');
    const n = h.get('Node', 'worker-1', undefined);
    h.eq([n.spec.unschedulable ?? false, n.spec.taints ?? []], [false, []], 'worker-1 at the end');
  },
};
