// scenarios/node-drain.yaml: the replacements created at +5m20s find worker-1 cordoned and the two other workers
// full: FailedScheduling "0/3 nodes are available: 1 node(s) were unschedulable, 2 Insufficient cpu." then the
// PostFilter part; both are bound at +20m, when the first pods on the other workers end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenrev/drain-unschedulable-message',
  source: 'kubernetes pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go (ErrReasonUnschedulable "node(s) were unschedulable", UnschedulableAndUnresolvable), noderesources/fit.go ("Insufficient cpu"), framework/types.go FitError.Error (sorted "N reason" histogram); defaultpreemption ("Preemption is not helpful for scheduling" for unresolvable nodes)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/node-drain.yaml'), 'utf8'),
  check(r, h) {
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.length, 2, 'two FailedScheduling events');
    const want = '0/3 nodes are available: 1 node(s) were unschedulable, 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.';
    for (const e of fs) {
      h.eq([e.type, h.sec(e.firstTimestamp), e.message, e.source.component], ['Warning', 320, want, 'default-scheduler'], `FailedScheduling ${e.involvedObject.name}`);
      h.eq(h.events({ reason: 'Scheduled', name: e.involvedObject.name }).map((s) => h.sec(s.firstTimestamp)), [1200], `bound ${e.involvedObject.name}`);
    }
  },
};
