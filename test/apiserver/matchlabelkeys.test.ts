// pod strategy PrepareForCreate: matchLabelKeys / mismatchLabelKeys merged into the label selectors
// (mutatePodAffinity: MatchLabelKeysInPodAffinity, GA in 1.33; mutateTopologySpreadConstraints:
// MatchLabelKeysInPodTopologySpreadSelectorMerge, on since 1.34).
import { describe, expect, it } from 'vitest';
import { mergeMatchLabelKeys } from '../../src/apiserver/store.ts';
import type { Pod } from '../../src/api/types.ts';
import { makePod } from '../fixtures/world.ts';

const pod = (spec: Partial<Pod['spec']>, labels = { app: 'w', 'job-name': 'etl' }) => makePod('p', spec, { labels });
const term = (extra: object) => ({ topologyKey: 'zone', labelSelector: { matchLabels: { app: 'w' } }, ...extra });

describe('mergeMatchLabelKeys (applyLabelKeysToLabelSelector)', () => {
  it('a spread constraint: In (value) for each key the pod has, after the existing expressions; the keys stay', () => {
    const shared = { maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'w' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, matchLabelKeys: ['job-name', 'absent'] };
    const p = pod({ topologySpreadConstraints: [shared] });
    mergeMatchLabelKeys(p);
    expect(p.spec['topologySpreadConstraints']).toEqual([
      { ...shared, labelSelector: { matchLabels: { app: 'w' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }, { key: 'job-name', operator: 'In', values: ['etl'] }] } },
    ]);
    // the template's constraint (shared by every pod) is not changed
    expect(shared.labelSelector.matchExpressions).toHaveLength(1);
  });

  it('pod affinity terms, required and preferred: matchLabelKeys In, mismatchLabelKeys NotIn', () => {
    const p = pod({
      affinity: {
        podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term({ matchLabelKeys: ['job-name'] })] },
        podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 5, podAffinityTerm: term({ mismatchLabelKeys: ['job-name'] }) }] },
      },
    });
    mergeMatchLabelKeys(p);
    const a = p.spec.affinity as Record<string, { requiredDuringSchedulingIgnoredDuringExecution?: { labelSelector: object }[]; preferredDuringSchedulingIgnoredDuringExecution?: { podAffinityTerm: { labelSelector: object } }[] }>;
    expect(a['podAffinity']!.requiredDuringSchedulingIgnoredDuringExecution![0]!.labelSelector).toEqual({ matchLabels: { app: 'w' }, matchExpressions: [{ key: 'job-name', operator: 'In', values: ['etl'] }] });
    expect(a['podAntiAffinity']!.preferredDuringSchedulingIgnoredDuringExecution![0]!.podAffinityTerm.labelSelector).toEqual({ matchLabels: { app: 'w' }, matchExpressions: [{ key: 'job-name', operator: 'NotIn', values: ['etl'] }] });
  });

  it('a term without a labelSelector matches nothing and is left alone', () => {
    const t = { topologyKey: 'zone', matchLabelKeys: ['job-name'] };
    const p = pod({ affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [t] } } });
    mergeMatchLabelKeys(p);
    expect((p.spec.affinity as { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: object[] } }).podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]).toEqual(t);
  });
});
