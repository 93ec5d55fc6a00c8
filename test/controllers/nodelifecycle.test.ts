import { describe, expect, it } from 'vitest';
import { zoneKey } from '../../src/api/meta.ts';
import { computeZoneState, decideDisruption, evictionDelayMs, hasUntoleratedTaint, lastRenewalMs, nextMonitorPassMs, unknownAtMs, unknownAtWithProbeFloorMs, zoneStatesOf } from '../../src/controllers/nodelifecycle/controller.ts';
import type { ZoneState } from '../../src/controllers/nodelifecycle/controller.ts';
import type { Node } from '../../src/api/types.ts';
import { makePod } from '../fixtures/world.ts';
import { simulate } from '../../src/index.ts';
import { simYaml, view } from '../fixtures/result.ts';

describe('node lifecycle timing (monitor 5s, grace 50s, lease 10s)', () => {
  it('the last lease renewal before the kubelet stopped', () => {
    expect(lastRenewalMs(25_000, 3_000)).toBe(23_000);
    expect(lastRenewalMs(23_000, 3_000)).toBe(23_000);
  });
  it('monitor passes are strictly after', () => {
    expect(nextMonitorPassMs(0, 0)).toBe(5_000);
    expect(nextMonitorPassMs(4_999, 0)).toBe(5_000);
    expect(nextMonitorPassMs(5_000, 0)).toBe(10_000);
  });
  it('Unknown at the tenth pass after the probe (sliding wait.Until: it runs just after probe + 50s)', () => {
    // renewal at 23s is seen by the 25s pass; the pass at 75s (75s + the loop's drift) > 25 + 50
    expect(unknownAtMs(25_000, 3_000, 0)).toBe(75_000);
    // renewal at 20s is seen at the 20s pass → 70s
    expect(unknownAtMs(21_000, 0, 0)).toBe(70_000);
    // a node that never renewed after registering at the origin: probe at the origin
    expect(unknownAtMs(5_000, 0, 0)).toBe(50_000);
  });
  it.each([
    // tryUpdateNodeHealth in a new process: "Missing timestamp for Node. Assuming now" (restart at 300s)
    ['restart: a renewal from before it counts from the restart', 60_000, 300_000, 300_000, 350_000],
    // handleDisruption "When exiting disruption mode update probe timestamps on all Nodes" (exit at 240s)
    ['exit from master disruption: the last renewal (200s, Unknown at 250s without the exit) counts from the exit', 200_000, 0, 240_000, 290_000],
    ['a renewal seen after the floor pass is unaffected', 300_000, 0, 240_000, 350_000],
    ['the floor at the origin is the plain rule (renewal at 20s)', 25_000, 0, 0, 70_000],
  ])('%s', (_name, downAtMs, originMs, floorMs, want) => {
    expect(unknownAtWithProbeFloorMs(downAtMs, 0, originMs, floorMs)).toBe(want);
  });
});

describe('handleDisruption (zone states and master disruption mode)', () => {
  const node = (name: string, zone: string, ready: string, excluded = false) =>
    ({
      metadata: { name, labels: { 'topology.kubernetes.io/zone': zone, ...(excluded ? { 'node.kubernetes.io/exclude-disruption': '' } : {}) } },
      status: { conditions: [{ type: 'Ready', status: ready }] },
    }) as unknown as Node;
  const z = (zone: string) => `:\x00:${zone}`;
  it.each([
    ['ComputeZoneState: no Ready node is FullDisruption', ['Unknown', 'False'], 'FullDisruption'],
    ['ComputeZoneState: one Ready node is not', ['Unknown', 'True'], 'Normal'],
    ['ComputeZoneState: all Ready', ['True'], 'Normal'],
  ] as const)('%s', (_name, statuses, want) => {
    expect(computeZoneState(statuses)).toBe(want);
  });
  it.each([
    ['zones by GetZoneKey', [node('a-1', 'a', 'Unknown'), node('b-1', 'b', 'True')], [[z('a'), 'FullDisruption'], [z('b'), 'Normal']]],
    ['isNodeExcludedFromDisruptionChecks: an excluded Ready node does not keep its zone Normal', [node('a-1', 'a', 'Unknown'), node('cp', 'a', 'True', true)], [[z('a'), 'FullDisruption']]],
    ['a zone of excluded nodes only has no state', [node('cp', 'c', 'Unknown', true)], []],
  ])('zoneToNodeConditions: %s', (_name, nodes, want) => {
    expect([...zoneStatesOf(nodes)]).toEqual(want);
  });
  const F: ZoneState = 'FullDisruption';
  const N: ZoneState = 'Normal';
  it.each([
    ['allAreFullyDisrupted after some zone was not: enter', { a: N, b: F }, { a: F, b: F }, 'enter', { a: F, b: F }],
    ['a new zone counts as Initial: enter at the first pass that sees all FullDisruption', {}, { a: F }, 'enter', { a: F }],
    ['deleting the last Ready node of the only zone: enter', { a: N }, { a: F }, 'enter', { a: F }],
    ['zones were all FullDisruption, some zone is not now: exit', { a: F, b: F }, { a: N, b: F }, 'exit', { a: N, b: F }],
    ['still all FullDisruption: nothing', { a: F, b: F }, { a: F, b: F }, 'none', { a: F, b: F }],
    ['a zone dropped (no node left) is skipped: the remaining one was FullDisruption already, nothing', { a: F, b: N }, { a: F }, 'none', { a: F }],
    ['every node excluded: no zone, both conditions vacuously true, nothing', {}, {}, 'none', {}],
    ['the last counted node deleted: its zone dropped, nothing', { a: N }, {}, 'none', {}],
    ['zones change state without all being FullDisruption: the new states are kept', { a: N, b: N }, { a: F, b: N }, 'none', { a: F, b: N }],
  ] as const)('%s', (_name, prev, current, action, next) => {
    const got = decideDisruption(new Map(Object.entries(prev)), new Map(Object.entries(current)));
    expect(got.action).toBe(action);
    expect(Object.fromEntries(got.next)).toEqual(next);
  });
});

describe('taint eviction delay (taint manager)', () => {
  const taint = [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' as const }];
  it('default 300s toleration', () => {
    expect(evictionDelayMs(makePod('p', { tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }] }), taint)).toBe(300_000);
  });
  it('untolerated: now', () => expect(evictionDelayMs(makePod('p', { tolerations: [] }), taint)).toBe(0));
  it('untolerated (allTolerated false) is told apart from a 0s toleration, which keeps an earlier plan', () => {
    expect(hasUntoleratedTaint(makePod('p', { tolerations: [] }), taint)).toBe(true);
    expect(hasUntoleratedTaint(makePod('p', { tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 0 }] }), taint)).toBe(false);
    // a value the taint does not have: Equal does not match the controller's empty value
    expect(hasUntoleratedTaint(makePod('p', { tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Equal', value: 'x', effect: 'NoExecute' }] }), taint)).toBe(true);
  });
  it('tolerated without seconds: forever', () => expect(evictionDelayMs(makePod('p', { tolerations: [{ operator: 'Exists' }] }), taint)).toBeNull());
  it('GetMatchingTolerations: the first toleration matching a taint is the one used, not the smallest', () => {
    expect(
      evictionDelayMs(makePod('p', { tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 60 }, { operator: 'Exists', tolerationSeconds: 30 }] }), taint),
    ).toBe(60_000);
    // a first match without seconds tolerates for ever, whatever follows
    expect(evictionDelayMs(makePod('p', { tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists' }, { operator: 'Exists', tolerationSeconds: 30 }] }), taint)).toBeNull();
  });
  it('the smallest over several taints', () => {
    const two = [...taint, { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' as const }];
    expect(evictionDelayMs(makePod('p', { tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 60 }, { key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 20 }] }), two)).toBe(20_000);
  });
});

describe('zoneKey (GetZoneKey: the NoExecute tainter is rate-limited per region and zone)', () => {
  const node = (labels: Record<string, string> | undefined) => ({ metadata: { name: 'n', labels } }) as unknown as Node;
  it.each([
    ['no labels: the one unnamed zone', undefined, ''],
    ['neither label: the unnamed zone', { pool: 'a' }, ''],
    ['topology zone alone', { 'topology.kubernetes.io/zone': 'z1' }, ':\x00:z1'],
    ['region and zone', { 'topology.kubernetes.io/region': 'r1', 'topology.kubernetes.io/zone': 'z1' }, 'r1:\x00:z1'],
    ['region alone', { 'topology.kubernetes.io/region': 'r1' }, 'r1:\x00:'],
    ['the deprecated beta labels win', { 'failure-domain.beta.kubernetes.io/zone': 'b', 'topology.kubernetes.io/zone': 'z1' }, ':\x00:b'],
    ['beta region with topology zone', { 'failure-domain.beta.kubernetes.io/region': 'br', 'topology.kubernetes.io/zone': 'z1' }, 'br:\x00:z1'],
  ])('%s', (_name, labels, want) => {
    expect(zoneKey(node(labels))).toBe(want);
  });
  it('the same zone in two regions is two zones', () => {
    expect(zoneKey(node({ 'topology.kubernetes.io/region': 'r1', 'topology.kubernetes.io/zone': 'z' }))).not.toBe(zoneKey(node({ 'topology.kubernetes.io/region': 'r2', 'topology.kubernetes.io/zone': 'z' })));
  });
});

describe('NodeLifecycleController over a run (simulate)', () => {
  const pools = `cluster:
  nodePools:
  - { name: a, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
  - { name: b, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }`;
  const run = (faults: string, cluster = pools) => view(simulate(simYaml('nlc', `duration: 10m\n${cluster}\nfaults:\n${faults}`)));
  const noExecuteAt = (v: ReturnType<typeof run>, name: string) => {
    const node = (v.r.items ?? []).find((o) => (o as Node).kind === 'Node' && (o as Node).metadata.name === name) as Node;
    return v.sec((node.spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
  };
  it.each([
    [
      'monitorNodeHealth in a new process: markNodeAsReachable(added[i]) drops the taints, the zone\'s new limiter (burst 1, 0.1/s) taints them again',
      '- { at: 60s, nodeDown: a-1 }\n- { at: 60s, nodeDown: a-2 }\n- { at: 150s, controllerDown: all, for: 150s }',
      { 'a-1': 300, 'a-2': 310 },
    ],
  ])('%s', (_name, faults, want) => {
    const v = run(faults);
    const got = Object.fromEntries(Object.keys(want).map((n) => [n, noExecuteAt(v, n)]));
    // which of two nodes queued in one pass comes first is not upstream's concern (ParallelizeUntil): compare as sets
    expect(Object.values(got).sort()).toEqual(Object.values(want).sort());
  });
  it.each([
    ['handleDisruption on the nodes of each pass: zone-a left with no Ready node after zone-b went enters master disruption mode (the taint goes)', '- { at: 60s, nodeDown: a-1 }\n- { at: 202s, deleteNode: b-1 }\n- { at: 252s, deleteNode: a-2 }', undefined],
    ['handleDisruption: zone-a FullDisruption while zone-b was Normal, then zone-b dropped: all were FullDisruption already, nothing (the taint stays)', '- { at: 60s, nodeDown: a-1 }\n- { at: 202s, deleteNode: a-2 }\n- { at: 252s, deleteNode: b-1 }', 'kept'],
  ])('%s', (_name, faults, want) => {
    const at = noExecuteAt(run(faults), 'a-1');
    expect(at === undefined ? undefined : 'kept').toBe(want);
  });
  const excluded = `cluster:
  nodePools:
  - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  - { name: cp, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { node.kubernetes.io/exclude-disruption: "" } }`;
  it.each([
    ['master disruption mode (w-1 Unknown at 100s) changes limiters, not tryUpdateNodeHealth: cp-1, silent since 58s, is Unknown at 105s', '- { at: 50s, nodeDown: w-1 }\n- { at: 58s, nodeDown: cp-1 }', [100, 105]],
    ['exiting master disruption mode (240s) sets every probe timestamp to now: cp-1, silent since 200s, is Unknown at 290s', '- { at: 50s, nodeDown: w-1, for: 188s }\n- { at: 200s, nodeDown: cp-1 }', [100, 290]],
  ])('%s', (_name, faults, want) => {
    const v = run(faults, excluded);
    expect(['w-1', 'cp-1'].map((n) => v.sec(v.events({ reason: 'NodeNotReady', name: n })[0]?.firstTimestamp))).toEqual(want);
  });
  it('monitorNodeHealth in a new process: RegisteredNode for every node ("Registered Node <name> in Controller")', () => {
    const v = run('- { at: 60s, controllerDown: all, for: 60s }');
    expect(v.events({ reason: 'RegisteredNode' }).map((e) => [v.sec(e.firstTimestamp), e.message]).sort()).toEqual([
      [120, 'Node a-1 event: Registered Node a-1 in Controller'],
      [120, 'Node a-2 event: Registered Node a-2 in Controller'],
      [120, 'Node b-1 event: Registered Node b-1 in Controller'],
    ]);
  });
});
