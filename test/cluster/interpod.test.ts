// PodTopologySpread and InterPodAffinity filters (pkg/scheduler/framework/plugins/podtopologyspread
// and interpodaffinity, filtering.go), as pure functions over a snapshot of nodes and their pods.
import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../src/api/types.ts';
import {
  AffinityRulesMismatch,
  affinityFilter,
  affinityPreFilter,
  AntiAffinityRulesMismatch,
  ExistingAntiAffinityMismatch,
  normalizePodAffinityScores,
  normalizeSpreadScores,
  podAffinityScores,
  spreadFilter,
  spreadMayHelpAfterNodeUpdate,
  spreadMayHelpAfterPodAdd,
  affinityMayHelpAfterPodAdd,
  spreadScores,
  spreadPreFilter,
  SpreadMismatch,
  SpreadMissingLabel,
} from '../../src/cluster/interpod.ts';
import type { PlacedNode } from '../../src/cluster/interpod.ts';
import { mergeMatchLabelKeys } from '../../src/apiserver/store.ts';
import { makeNode, makePod } from '../fixtures/world.ts';

const node = (name: string, zone?: string, extra: Record<string, string> = {}): Node => makeNode(name, '8', '16Gi', 110, { ...(zone ? { zone } : {}), ...extra });
const pod = (name: string, labels: Record<string, string>, spec: Partial<Pod['spec']> = {}, ns = 'default'): Pod => makePod(name, spec, { labels, namespace: ns });
const spreadPod = (constraints: object[], labels: Record<string, string> = { app: 'w' }, spec: Partial<Pod['spec']> = {}) => pod('in', labels, { topologySpreadConstraints: constraints, ...spec });
const zoneSkew1 = { maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'w' } } };

/** zone-a: n1 (2 matching pods), n2 (none); zone-b: n3 (1 matching pod); n4 has no zone label */
function world(): { nodes: Record<string, Node>; placed: PlacedNode[] } {
  const nodes = { n1: node('n1', 'a'), n2: node('n2', 'a'), n3: node('n3', 'b'), n4: node('n4') };
  const placed: PlacedNode[] = [
    { node: nodes.n1, pods: [pod('p1', { app: 'w' }), pod('p2', { app: 'w' })] },
    { node: nodes.n2, pods: [pod('other', { app: 'x' })] },
    { node: nodes.n3, pods: [pod('p3', { app: 'w' })] },
    { node: nodes.n4, pods: [pod('p4', { app: 'w' })] },
  ];
  return { nodes, placed };
}

describe('PodTopologySpread Filter (DoNotSchedule): existing + self - global minimum <= maxSkew', () => {
  const { nodes, placed } = world();
  const cases: Array<[string, object[], keyof typeof nodes, string | null]> = [
    ['zone-a holds 2, zone-b 1: a third in zone-a is skew 2', [zoneSkew1], 'n1', SpreadMismatch],
    ['the same for the other node of zone-a (the domain counts, not the node)', [zoneSkew1], 'n2', SpreadMismatch],
    ['zone-b: 1 + 1 - 1 = 1', [zoneSkew1], 'n3', null],
    ['maxSkew 2 lets zone-a take it', [{ ...zoneSkew1, maxSkew: 2 }], 'n1', null],
    ['a node without the topology key (nodeLabelsMatchSpreadConstraints)', [zoneSkew1], 'n4', SpreadMissingLabel],
    ['minDomains 3 > 2 eligible domains: the global minimum is 0', [{ ...zoneSkew1, maxSkew: 2, minDomains: 3 }], 'n3', null],
    ['minDomains 3 > 2 eligible domains: zone-a is 2 + 1 - 0 = 3 > 2', [{ ...zoneSkew1, maxSkew: 2, minDomains: 3 }], 'n1', SpreadMismatch],
    ['hostname constraint: n2 has no matching pod, n1 has 2 (minimum 0 over the nodes with the key)', [{ ...zoneSkew1, topologyKey: 'kubernetes.io/hostname' }], 'n1', SpreadMismatch],
    ['hostname constraint on the empty node', [{ ...zoneSkew1, topologyKey: 'kubernetes.io/hostname' }], 'n2', null],
  ];
  it.each(cases)('%s', (_n, constraints, at, want) => {
    const state = spreadPreFilter(spreadPod(constraints), placed)!;
    expect(spreadFilter(state, nodes[at])).toBe(want);
  });

  it('ScheduleAnyway constraints are not filters (no state)', () => {
    expect(spreadPreFilter(spreadPod([{ ...zoneSkew1, whenUnsatisfiable: 'ScheduleAnyway' }]), placed)).toBeNull();
  });

  it('a pod that does not match its own selector adds no self-match', () => {
    const state = spreadPreFilter(spreadPod([zoneSkew1], { app: 'other' }), placed)!;
    // zone-a: 2 + 0 - 1 = 1
    expect(spreadFilter(state, nodes.n1)).toBeNull();
  });

  it('pods being deleted and pods of other namespaces are not counted (countPodsMatchSelector)', () => {
    const n = { a: node('a1', 'a'), b: node('b1', 'b') };
    const deleting = pod('d', { app: 'w' });
    deleting.metadata.deletionTimestamp = '2026-01-01T00:00:00Z';
    const state = spreadPreFilter(spreadPod([zoneSkew1]), [
      { node: n.a, pods: [deleting, pod('o', { app: 'w' }, {}, 'other')] },
      { node: n.b, pods: [] },
    ])!;
    expect(spreadFilter(state, n.a)).toBeNull();
    // the invariant checker's second view counts the pod being deleted, as before its deletion began
    const counted = spreadPreFilter(spreadPod([zoneSkew1]), [
      { node: n.a, pods: [deleting] },
      { node: n.b, pods: [] },
    ], true)!;
    expect(spreadFilter(counted, n.a)).toBe(SpreadMismatch);
  });

  it('nodeAffinityPolicy Honor (default) counts only the nodes the pod may go to; Ignore counts every node', () => {
    const n = { a: node('a1', 'a', { disk: 'ssd' }), b: node('b1', 'b'), c: node('c1', 'c', { disk: 'ssd' }) };
    const placedHere: PlacedNode[] = [
      { node: n.a, pods: [pod('p', { app: 'w' })] },
      { node: n.b, pods: [] },
      { node: n.c, pods: [pod('q', { app: 'w' })] },
    ];
    const sel = { nodeSelector: { disk: 'ssd' } };
    // Honor: zone-b is not a domain, the minimum is 1, zone-a is 1 + 1 - 1 = 1
    expect(spreadFilter(spreadPreFilter(spreadPod([zoneSkew1], { app: 'w' }, sel), placedHere)!, n.a)).toBeNull();
    // Ignore: zone-b (0) is the minimum, zone-a is 1 + 1 - 0 = 2
    expect(spreadFilter(spreadPreFilter(spreadPod([{ ...zoneSkew1, nodeAffinityPolicy: 'Ignore' }], { app: 'w' }, sel), placedHere)!, n.a)).toBe(SpreadMismatch);
  });

  it('matchLabelKeys (merged into the selector when the pod is created) adds the pod’s own label values', () => {
    const c = { ...zoneSkew1, matchLabelKeys: ['run'] };
    const created = (labels: Record<string, string>) => {
      const p = spreadPod([c], labels);
      mergeMatchLabelKeys(p);
      return p;
    };
    const n = { a: node('a1', 'a'), b: node('b1', 'b') };
    const placedHere: PlacedNode[] = [
      { node: n.a, pods: [pod('old1', { app: 'w', run: '1' }), pod('old2', { app: 'w', run: '1' })] },
      { node: n.b, pods: [] },
    ];
    // run=2: the run-1 pods do not count, both zones are at 0
    expect(spreadFilter(spreadPreFilter(created({ app: 'w', run: '2' }), placedHere)!, n.a)).toBeNull();
    expect(spreadFilter(spreadPreFilter(created({ app: 'w', run: '1' }), placedHere)!, n.a)).toBe(SpreadMismatch);
  });
});

describe('InterPodAffinity Filter (required terms)', () => {
  const n = { a1: node('a1', 'a'), a2: node('a2', 'a'), b1: node('b1', 'b') };
  const db = pod('db', { app: 'db' });
  const placed: PlacedNode[] = [
    { node: n.a1, pods: [db] },
    { node: n.a2, pods: [] },
    { node: n.b1, pods: [] },
  ];
  const term = (app: string, topologyKey: string) => ({ topologyKey, labelSelector: { matchLabels: { app } } });
  const withAffinity = (kind: 'podAffinity' | 'podAntiAffinity', t: object, labels = { app: 'web' }) => pod('in', labels, { affinity: { [kind]: { requiredDuringSchedulingIgnoredDuringExecution: [t] } } });
  const cases: Array<[string, Pod, keyof typeof n, string | null]> = [
    ['affinity to db by zone: a2 shares zone a with db', withAffinity('podAffinity', term('db', 'zone')), 'a2', null],
    ['affinity to db by zone: zone b has no db', withAffinity('podAffinity', term('db', 'zone')), 'b1', AffinityRulesMismatch],
    ['affinity by hostname: only a1', withAffinity('podAffinity', term('db', 'kubernetes.io/hostname')), 'a2', AffinityRulesMismatch],
    ['affinity to a group that does not exist yet, matching itself: the first pod goes anywhere', withAffinity('podAffinity', term('web', 'zone')), 'b1', null],
    ['affinity to a group that does not exist and that it does not match: nowhere', withAffinity('podAffinity', term('cache', 'zone')), 'b1', AffinityRulesMismatch],
    ['anti-affinity to db by zone: a2 is in db’s zone', withAffinity('podAntiAffinity', term('db', 'zone')), 'a2', AntiAffinityRulesMismatch],
    ['anti-affinity to db by zone: b1 is fine', withAffinity('podAntiAffinity', term('db', 'zone')), 'b1', null],
    ['terms look in the pod’s own namespace by default', pod('in', { app: 'web' }, { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term('db', 'zone')] } } }, 'other'), 'a1', AffinityRulesMismatch],
  ];
  it.each(cases)('%s', (_n, p, at, want) => {
    const state = affinityPreFilter(p, placed, false)!;
    expect(affinityFilter(state, n[at])).toBe(want);
  });

  it('a placed pod’s required anti-affinity keeps matching pods out of its domain (satisfyExistingPodsAntiAffinity)', () => {
    const loner = pod('loner', { app: 'loner' }, { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term('web', 'zone')] } } });
    const here: PlacedNode[] = [
      { node: n.a1, pods: [loner] },
      { node: n.a2, pods: [] },
      { node: n.b1, pods: [] },
    ];
    const web = pod('in', { app: 'web' });
    const state = affinityPreFilter(web, here, true)!;
    expect(affinityFilter(state, n.a2)).toBe(ExistingAntiAffinityMismatch);
    expect(affinityFilter(state, n.b1)).toBeNull();
    // a pod the term does not match is not kept out
    expect(affinityFilter(affinityPreFilter(pod('in', { app: 'api' }), here, true)!, n.a2)).toBeNull();
  });

  it('no terms anywhere: no state', () => {
    expect(affinityPreFilter(pod('in', { app: 'web' }), placed, false)).toBeNull();
  });
});

describe('InterPodAffinity Filter, several required affinity terms: one placed pod must match them all (updateWithAffinityTerms)', () => {
  const n = { a1: node('a1', 'a'), a2: node('a2', 'a'), b1: node('b1', 'b') };
  const term = (labels: Record<string, string>, topologyKey: string) => ({ topologyKey, labelSelector: { matchLabels: labels } });
  const incoming = (labels: Record<string, string>, ...terms: object[]) => pod('in', labels, { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: terms } } });
  const dbAndCache = [term({ app: 'db' }, 'kubernetes.io/hostname'), term({ role: 'cache' }, 'kubernetes.io/hostname')];
  const cases: Array<[string, PlacedNode[], Pod, keyof typeof n, string | null]> = [
    // TestRequiredAffinityMultipleNodes: "the match logic should be satisfied on the same pod"
    ['a db pod and a cache pod side by side do not satisfy app=db AND role=cache', [{ node: n.a1, pods: [pod('db', { app: 'db' }), pod('cache', { role: 'cache' })] }], incoming({ app: 'web' }, ...dbAndCache), 'a1', AffinityRulesMismatch],
    ['one pod carrying both labels does', [{ node: n.a1, pods: [pod('both', { app: 'db', role: 'cache' })] }], incoming({ app: 'web' }, ...dbAndCache), 'a1', null],
    ['the pod matching all terms counts in each term’s own domain (zone and hostname)', [{ node: n.a1, pods: [pod('both', { app: 'db', role: 'cache' })] }],
      incoming({ app: 'web' }, term({ app: 'db' }, 'zone'), term({ role: 'cache' }, 'kubernetes.io/hostname')), 'a2', AffinityRulesMismatch],
    // satisfyPodAffinity: a pod matching only some terms leaves the counts empty, so the first pod
    // of a group that matches all its own terms may go anywhere
    ['first pod of a group: a partial match elsewhere does not count', [{ node: n.b1, pods: [pod('front', { tier: 'web' })] }],
      incoming({ app: 'grp', tier: 'web' }, term({ app: 'grp' }, 'zone'), term({ tier: 'web' }, 'zone')), 'a1', null],
    ['first pod of a group: a full match elsewhere ties it to that zone', [{ node: n.b1, pods: [pod('g0', { app: 'grp', tier: 'web' })] }],
      incoming({ app: 'grp', tier: 'web' }, term({ app: 'grp' }, 'zone'), term({ tier: 'web' }, 'zone')), 'a1', AffinityRulesMismatch],
  ];
  it.each(cases)('%s', (_n, placed, p, at, want) => {
    expect(affinityFilter(affinityPreFilter(p, placed, false)!, n[at])).toBe(want);
  });
});

describe('PodTopologySpread Score (ScheduleAnyway): count x log(domains + 2) + maxSkew - 1, then 100 * (max + min - s) / max', () => {
  const n = { a1: node('a1', 'a'), a2: node('a2', 'a'), b1: node('b1', 'b'), bare: node('bare') };
  const placed: PlacedNode[] = [
    { node: n.a1, pods: [pod('p1', { app: 'w' }), pod('p2', { app: 'w' })] },
    { node: n.a2, pods: [] },
    { node: n.b1, pods: [] },
    { node: n.bare, pods: [pod('p3', { app: 'w' })] },
  ];
  const soft = (c: object) => spreadPod([{ ...zoneSkew1, whenUnsatisfiable: 'ScheduleAnyway', ...c }]);
  const cases: Array<[string, object, Node[], number[], number[]]> = [
    // two zones: weight ln 4; zone a: 2 x 1.386 = 2.77 -> 3
    ['by zone, maxSkew 1', {}, [n.a1, n.a2, n.b1], [3, 3, 0], [0, 0, 100]],
    ['maxSkew 2 adds 1 everywhere, watering the difference down', { maxSkew: 2 }, [n.a1, n.a2, n.b1], [4, 4, 1], [25, 25, 100]],
    // hostname: per node, weight ln(3 + 2)
    ['by hostname, the node’s own pods', { topologyKey: 'kubernetes.io/hostname' }, [n.a1, n.a2, n.b1], [3, 0, 0], [0, 100, 100]],
    ['a feasible node without the key is ignored (0)', {}, [n.a1, n.b1, n.bare], [3, 0, 0], [0, 100, 0]],
  ];
  it.each(cases)('%s', (_n, c, feasible, raw, norm) => {
    const s = spreadScores(soft(c), placed, feasible)!;
    expect(s.raw).toEqual(raw);
    expect(normalizeSpreadScores(s.raw, s.ignored)).toEqual(norm);
  });

  it('DoNotSchedule constraints do not score (PreScore skips)', () => {
    expect(spreadScores(spreadPod([zoneSkew1]), placed, [n.a1])).toBeNull();
  });
});

describe('InterPodAffinity Score: weights per topology pair, then scaled from the lowest to the highest', () => {
  const n = { a1: node('a1', 'a'), a2: node('a2', 'a'), b1: node('b1', 'b') };
  const incoming = pod('in', { app: 'web' }, {
    affinity: {
      podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, podAffinityTerm: { topologyKey: 'zone', labelSelector: { matchLabels: { app: 'db' } } } }] },
      podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 5, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'web' } } } }] },
    },
  });
  it("the pod's preferred terms: affinity adds its weight to the matching pods' domains, anti-affinity subtracts", () => {
    const placed: PlacedNode[] = [
      { node: n.a1, pods: [pod('db', { app: 'db' })] },
      { node: n.a2, pods: [pod('web1', { app: 'web' })] },
      { node: n.b1, pods: [] },
    ];
    const raw = podAffinityScores(incoming, placed, [n.a1, n.a2, n.b1], false)!;
    expect(raw).toEqual([10, 5, 0]);
    expect(normalizePodAffinityScores(raw)).toEqual([100, 50, 0]);
  });

  it("a placed pod's required affinity term that the incoming pod matches counts 1 (hardPodAffinityWeight)", () => {
    const follower = pod('f', { app: 'cache' }, { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'zone', labelSelector: { matchLabels: { app: 'web' } } }] } } });
    const placed: PlacedNode[] = [
      { node: n.a1, pods: [] },
      { node: n.b1, pods: [follower] },
    ];
    expect(podAffinityScores(pod('in', { app: 'web' }), placed, [n.a1, n.b1], true)).toEqual([0, 1]);
  });

  // scoring.go NormalizeScore: float64(MaxNodeScore) * (float64(s-min) / float64(max-min)), then int64()
  const norms: Array<[string, number[], number[]]> = [
    ['29/50 is 57.99999999999999 in float64: 57', [29, 50, 0], [57, 100, 0]],
    ['the lowest is the zero, negative scores included', [-10, 0, 10], [0, 50, 100]],
    ['1/3 and 2/3 truncate', [0, 1, 2, 3], [0, 33, 66, 100]],
    ['all equal: 0', [7, 7], [0, 0]],
  ];
  it.each(norms)('normalize: %s', (_n, raw, want) => {
    expect(normalizePodAffinityScores(raw)).toEqual(want);
  });

  it('nothing to score: no terms on the pod nor on any placed pod', () => {
    expect(podAffinityScores(pod('in', { app: 'web' }), [], [n.a1], false)).toBeNull();
    expect(normalizePodAffinityScores([3, 3])).toEqual([0, 0]);
  });
});

describe('PodTopologySpread queueing hint on a Node update (isSchedulableAfterNodeChange: UpdateNodeLabel | UpdateNodeTaint)', () => {
  const taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' as const };
  const withLabels = (labels: Record<string, string>): Node => ({ ...makeNode('n'), metadata: { name: 'n', uid: '', creationTimestamp: '', labels } });
  const twoKeys = spreadPod([zoneSkew1, { ...zoneSkew1, topologyKey: 'rack' }]);
  const cases: Array<[string, Pod, Record<string, string>, Record<string, string>, boolean, boolean]> = [
    ['taints changed on a node with the topology key: Queue (a nodeTaintsPolicy: Honor domain may go or come)', spreadPod([{ ...zoneSkew1, nodeTaintsPolicy: 'Honor' }]), { zone: 'a' }, { zone: 'a' }, true, true],
    ['taints changed, whatever the policy (the hint does not read it): Queue', spreadPod([zoneSkew1]), { zone: 'a' }, { zone: 'a' }, true, true],
    ['taints changed on a node without the topology key: QueueSkip', spreadPod([zoneSkew1]), { other: 'x' }, { other: 'x' }, true, false],
    ['the topology key\'s value changed: Queue', spreadPod([zoneSkew1]), { zone: 'a' }, { zone: 'b' }, false, true],
    ['the topology key added: Queue', spreadPod([zoneSkew1]), {}, { zone: 'a' }, false, true],
    ['the topology key removed: Queue', spreadPod([zoneSkew1]), { zone: 'a' }, {}, false, true],
    ['another label changed: QueueSkip', spreadPod([zoneSkew1]), { zone: 'a', x: '1' }, { zone: 'a', x: '2' }, false, false],
    ['one of two keys added, the other still missing: QueueSkip (nodeLabelsMatchSpreadConstraints needs all)', twoKeys, {}, { zone: 'a' }, false, false],
    ['the second of two keys added: Queue', twoKeys, { zone: 'a' }, { zone: 'a', rack: 'r1' }, false, true],
    ['nothing in the labels or taints changed (a cordon whose taint has not come yet): QueueSkip', spreadPod([zoneSkew1]), { zone: 'a' }, { zone: 'a' }, false, false],
  ];
  it.each(cases)('%s', (_n, p, before, after, taintsChanged, want) => {
    const n = withLabels(after);
    if (taintsChanged) n.spec.taints = [taint];
    expect(spreadMayHelpAfterNodeUpdate(p, before, n, taintsChanged)).toBe(want);
  });
});

describe('queueing hints on an assigned pod added (isSchedulableAfterPodChange of PodTopologySpread and InterPodAffinity)', () => {
  const affinityPod = pod('in', { app: 'web' }, { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'db' } }, topologyKey: 'zone' }] } } });
  const cases: Array<[string, (w: Pod, a: Pod) => boolean, Pod, Pod, boolean]> = [
    ['spread: the added pod matches a constraint\'s selector, same namespace: Queue', spreadMayHelpAfterPodAdd, spreadPod([zoneSkew1]), pod('x', { app: 'w' }), true],
    ['spread: the added pod matches no selector: QueueSkip', spreadMayHelpAfterPodAdd, spreadPod([zoneSkew1]), pod('x', { app: 'other' }), false],
    ['spread: matching labels in another namespace: QueueSkip', spreadMayHelpAfterPodAdd, spreadPod([zoneSkew1]), pod('x', { app: 'w' }, {}, 'team'), false],
    ['spread: any of several constraints may match: Queue', spreadMayHelpAfterPodAdd, spreadPod([zoneSkew1, { ...zoneSkew1, labelSelector: { matchLabels: { tier: 'b' } } }]), pod('x', { tier: 'b' }), true],
    ['affinity: the added pod matches a required affinity term: Queue', affinityMayHelpAfterPodAdd, affinityPod, pod('x', { app: 'db' }), true],
    ['affinity: the added pod matches no term: QueueSkip', affinityMayHelpAfterPodAdd, affinityPod, pod('x', { app: 'cache' }), false],
    ['affinity: a matching pod in another namespace than the term\'s (the pod\'s own by default): QueueSkip', affinityMayHelpAfterPodAdd, affinityPod, pod('x', { app: 'db' }, {}, 'team'), false],
  ];
  it.each(cases)('%s', (_n, hint, waiting, added, want) => expect(hint(waiting, added)).toBe(want));
});
