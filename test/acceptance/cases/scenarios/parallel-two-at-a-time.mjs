// scenarios/parallel.yaml: completions 10, parallelism 2; at most 2 pods alive at any time, every replacement
// created exactly 1s after the success it replaces (the 1s batch), 10 pods, no more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/parallel-two-at-a-time',
  source: 'scenarios/parallel.yaml comment; kubernetes pkg/controller/job/job_controller.go manageJob (wantActive = min(parallelism, completions - succeeded)); syncJobBatchPeriod 1s',
  scenario: readFileSync(join(process.cwd(), 'scenarios/parallel.yaml'), 'utf8'),
  check(r, h) {
    const pods = h.podsOf('process-items');
    h.eq(pods.length, 10, 'pods');
    const spans = pods.map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)]);
    for (const [c] of spans) h.assert(spans.filter(([a, b]) => a <= c && b > c).length <= 2, `more than 2 pods alive at +${c}s`);
    const ends = spans.map((s) => s[1]).sort((a, b) => a - b);
    const creations = spans.map((s) => s[0]).sort((a, b) => a - b);
    h.eq(creations.slice(2), ends.slice(0, 8).map((e) => e + 1), 'each replacement 1s after a success');
    const j = h.job('process-items');
    h.eq(h.sec(j.status.completionTime), ends[9] + 1, 'completionTime = last success + 1s');
    h.eq(h.sec(j.status.completionTime), 150, 'completionTime +2m30s');
  },
};
