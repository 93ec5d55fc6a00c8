// scenarios/capacity-burst.yaml: at 02:00 nightly-etl-29453880 creates 20 pods, 8 bound, 12 FailedScheduling
// (2 Insufficient cpu; no preemption victims); queue empty at 03:06:07; Complete 03:24:42; metrics as the comment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/capacity-burst-queue',
  source: 'scenarios/capacity-burst.yaml comment; kubernetes pkg/scheduler (NodeResourcesFit "Insufficient cpu", DefaultPreemption); README metrics',
  scenario: readFileSync(join(process.cwd(), 'scenarios/capacity-burst.yaml'), 'utf8'),
  check(r, h) {
    const at = (reason) => h.events({ reason }).filter((e) => e.firstTimestamp === '2026-01-01T02:00:00Z');
    h.eq(at('SuccessfulCreate').filter((e) => e.involvedObject.kind === 'Job').length, 20, 'pods created at 02:00');
    h.eq(at('Scheduled').length, 8, 'bound at 02:00');
    const fs = at('FailedScheduling');
    h.eq(fs.length, 12, 'FailedScheduling at 02:00');
    h.eq([...new Set(fs.map((e) => e.message))], ['0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.'], 'message');
    const j = h.job('nightly-etl-29453880');
    h.eq([j.status.succeeded, j.status.completionTime, j.status.startTime], [40, '2026-01-01T03:24:42Z', '2026-01-01T02:00:00Z'], 'Job');
    const m = r.metrics;
    h.eq([m.pods.pendingPeak, m.pods.pendingSeries.points[1], m.pods.pendingSeries.points.at(-1)], [12, [7200, 12], [11168, 0]], 'pending series (last pod bound at 03:06:07.x; the drop shows at the next 1s bucket, README pendingSeries)');
    h.eq([Math.trunc(m.pods.schedulingWaitSeconds.p50), Math.trunc(m.pods.schedulingWaitSeconds.p95), Math.trunc(m.pods.schedulingWaitSeconds.max)], [787, 2182, 2586], 'waits 13m07s / 36m22s / 43m06s');
    h.eq([m.pools.batch.cpuRequestedPeakMilli, m.pools.batch.cpuUtilization], [16000, 0.214], 'cpu');
  },
};
