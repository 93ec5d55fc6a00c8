// tour.yaml: render-frames (12 completions, parallelism 6, 1500m CPU each) on two 4-CPU nodes: 4 pods
// bound at +0s, 2 FailedScheduling with the 1.33+ preemption wording; 12 pods in all, Complete at +3m2s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/tour-render-frames-queue',
  source: 'scenarios/tour.yaml comment; kubernetes pkg/scheduler/framework/types.go FitError.Error + plugins/defaultpreemption (No preemption victims found for incoming pod)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/tour.yaml'), 'utf8'),
  check(r, h) {
    const pods = h.podsOf('render-frames');
    h.eq(pods.length, 12, 'pods');
    const atZero = h.events({ reason: 'Scheduled' }).filter((e) => e.involvedObject.name.startsWith('render-frames-') && h.sec(e.firstTimestamp) === 0);
    h.eq(atZero.length, 4, 'render pods bound at +0s');
    const fs = h.events({ reason: 'FailedScheduling' }).filter((e) => h.sec(e.firstTimestamp) === 0);
    h.eq(fs.map((e) => e.message), Array(2).fill('0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.'), 'FailedScheduling at +0s');
    const j = h.job('render-frames');
    h.eq([j.status.succeeded, h.sec(j.status.completionTime)], [12, 182], 'succeeded, completionTime');
    for (const n of ['worker-1', 'worker-2']) h.assert(pods.every((p) => ['worker-1', 'worker-2'].includes(p.spec.nodeName)), `node ${n}`);
  },
};
