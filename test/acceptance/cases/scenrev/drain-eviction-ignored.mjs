// scenarios/node-drain.yaml: the drain at +5m evicts worker-1's two pods through the Eviction API: each gets
// DisruptionTarget=True (EvictionByEvictionAPI, "Eviction API: evicting") and a graceful deletion (30s), exits
// 143 at once; the Job's Ignore rule on DisruptionTarget keeps them out of status.failed; Complete at +40m01s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenrev/drain-eviction-ignored',
  source: 'kubernetes pkg/registry/core/pod/storage/eviction.go addConditionAndDeletePod (DisruptionTarget, Reason EvictionByEvictionAPI, Message "Eviction API: evicting"); pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy (Ignore: not counted); staging kubectl pkg/drain (evict with the pod\'s grace period)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/node-drain.yaml'), 'utf8'),
  check(r, h) {
    const evicted = h.podsOf('reindex').filter((p) => p.spec.nodeName === 'worker-1');
    h.eq(evicted.length, 2, 'pods on worker-1');
    for (const p of evicted) {
      const dt = p.status.conditions.find((c) => c.type === 'DisruptionTarget');
      const t = p.status.containerStatuses[0].state.terminated;
      h.eq([dt?.status, dt?.reason, dt?.message, h.sec(dt?.lastTransitionTime), h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase, t.exitCode, h.sec(t.finishedAt)],
        ['True', 'EvictionByEvictionAPI', 'Eviction API: evicting', 300, 330, 30, 'Failed', 143, 300], `evicted ${p.metadata.name}`);
    }
    const j = h.job('reindex');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.completionTime)], [6, 0, 2401], 'Job counters');
    h.eq(h.podsOf('reindex').length, 8, 'six pods plus two replacements');
  },
};
