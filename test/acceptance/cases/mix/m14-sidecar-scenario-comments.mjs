// scenarios/sidecar.yaml's comments: third pod refused "0/1 nodes are available: 1 Insufficient cpu."
// at 0, bound at +3m; two pods at +3m1s, one waits until +6m; Complete at +9m1s; 3 CPU peak; the
// pending series shows one pod waiting [0,180) and [181,360).
import { readFileSync } from 'node:fs';
export default {
  id: 'mix/sidecar-scenario-comments',
  source: 'scenarios/sidecar.yaml; noderesources fit (sidecar requests added); kubelet sidecar stop',
  scenario: readFileSync('scenarios/sidecar.yaml', 'utf8'),
  check(r, h) {
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.map((e) => [h.sec(e.firstTimestamp), e.message.split(' no new claims to deallocate, preemption:')[0]]), [[0, '0/1 nodes are available: 1 Insufficient cpu.'], [181, '0/1 nodes are available: 1 Insufficient cpu.']], 'FailedScheduling');
    h.eq(fs.map((e) => h.sec(h.events({ reason: 'Scheduled', name: e.involvedObject.name })[0].firstTimestamp)), [180, 360], 'bound');
    h.eq(h.sec(h.job('transcode').status.completionTime), 541, 'complete');
    h.eq(r.metrics.pools.worker.cpuRequestedPeakMilli, 3000, 'cpu peak');
    h.eq(r.metrics.pods.pendingSeries.points, [[0, 1], [180, 0], [181, 1], [360, 0]], 'pending series');
    h.eq(h.podsOf('transcode').length, 5, 'pods');
  },
};
