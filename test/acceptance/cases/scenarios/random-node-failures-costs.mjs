// scenarios/random-node-failures.yaml: spot-2's short failure (NodeNotReady 00:12:55, NodeReady 00:14:34 from the
// kubelet) cancels its pods' evictions (TaintManagerEviction "Cancelling deletion of Pod ..."); Job Complete
// 06:57:36 with succeeded 400, failed 20; pods 407 succeeded / 13 failed of 420; CPU requests peak 54 of 64 cores.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/random-node-failures-costs',
  source: 'scenarios/random-node-failures.yaml comment; kubernetes pkg/controller/tainteviction/taint_eviction.go (emitCancelPodDeletionEvent "Cancelling deletion of Pod %s"); pkg/controller/job/job_controller.go isPodFailed (terminating pods count as failed)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/random-node-failures.yaml'), 'utf8'),
  timeoutMs: 120_000,
  check(r, h) {
    const nodeEv = r.events.filter((e) => e.involvedObject.name === 'spot-2').slice(0, 2).map((e) => [e.reason, e.firstTimestamp, e.source.component]);
    h.eq(nodeEv, [['NodeNotReady', '2026-01-01T00:12:55Z', 'node-controller'], ['NodeReady', '2026-01-01T00:14:34Z', 'kubelet']], 'spot-2 short failure');
    const cancel = h.events({ reason: 'TaintManagerEviction' }).filter((e) => e.message.startsWith('Cancelling deletion'));
    h.eq(cancel.filter((e) => e.firstTimestamp === '2026-01-01T00:14:35Z').length, 3, 'spot-2 evictions cancelled at 00:14:35 (its three pods)');
    h.eq(cancel[0].firstTimestamp, '2026-01-01T00:14:35Z', 'first cancellation');
    h.assert(cancel.every((e) => e.message === `Cancelling deletion of Pod default/${e.involvedObject.name}`), 'cancel message');
    const j = h.job('render-film');
    h.eq([j.status.succeeded, j.status.failed, j.status.completionTime], [400, 20, '2026-01-01T06:57:36Z'], 'Job');
    const pods = h.of('Pod');
    h.eq([pods.length, pods.filter((p) => p.status.phase === 'Succeeded').length, pods.filter((p) => p.status.phase === 'Failed').length], [420, 407, 13], 'pod totals');
    h.eq([r.metrics.pools.spot.cpuRequestedPeakMilli, r.metrics.pools.spot.cpuCapacityMilli], [54000, 64000], 'cpu peak');
  },
};
