// scenarios/zone-spread.yaml's comments: 8 pods bound at 0 (3 zone-a, 3 zone-b, 2 zone-c), the
// ninth refused with the quoted message, bound at +5m, Job Complete at +10m1s.
import { readFileSync } from 'node:fs';
export default {
  id: 'mix/zone-spread-comments',
  source: 'scenarios/zone-spread.yaml; podtopologyspread/filtering.go Filter; noderesources fit',
  scenario: readFileSync('scenarios/zone-spread.yaml', 'utf8'),
  check(r, h) {
    const zone = (n) => n.replace(/-\d+$/, '');
    const at0 = h.events({ reason: 'Scheduled' }).filter((e) => h.sec(e.firstTimestamp) === 0).map((e) => zone(e.message.split(' to ')[1]));
    h.eq(['zone-a', 'zone-b', 'zone-c'].map((z) => at0.filter((x) => x === z).length), [3, 3, 2], 'per zone at 0');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.map((e) => e.message.split(' no new claims to deallocate, preemption:')[0]), ["0/4 nodes are available: 1 Insufficient cpu, 3 node(s) didn't match pod topology spread constraints."], 'FailedScheduling');
    h.eq(h.sec(h.events({ reason: 'Scheduled', name: fs[0].involvedObject.name })[0].firstTimestamp), 300, 'ninth bound');
    h.eq(h.sec(h.job('render').status.completionTime), 601, 'complete');
  },
};
