// scenarios/node-drain.yaml cut at +6m: worker-1 is cordoned (spec.unschedulable true) and the node lifecycle
// controller has added the node.kubernetes.io/unschedulable NoSchedule taint, stamped with timeAdded (the
// controller stamps every taint it swaps in, NoSchedule ones included), at the cordon, +5m.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenrev/drain-unschedulable-taint',
  source: 'kubernetes pkg/controller/nodelifecycle/node_lifecycle_controller.go doNoScheduleTaintingPass (spec.unschedulable -> TaintNodeUnschedulable NoSchedule); pkg/controller/util/node/controller_utils.go SwapNodeControllerTaint (taintToAdd.TimeAdded = now for every taint added)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/node-drain.yaml'), 'utf8'),
  args: ['--duration', '6m'],
  check(r, h) {
    const n = h.get('Node', 'worker-1');
    h.eq(n.spec.unschedulable, true, 'spec.unschedulable');
    h.eq((n.spec.taints ?? []).map((t) => [t.key, t.value, t.effect, h.sec(t.timeAdded)]), [['node.kubernetes.io/unschedulable', undefined, 'NoSchedule', 300]], 'taints');
    h.eq(h.get('Node', 'worker-2').spec.taints ?? [], [], 'worker-2 untainted');
  },
};
