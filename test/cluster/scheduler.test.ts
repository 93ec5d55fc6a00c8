import { describe, expect, it } from 'vitest';
import type { FilterCode, NodeInfo } from '../../src/cluster/scheduler.ts';
import { Scheduler, exceedsAllocatable, filterNode, intolerablePreferNoSchedule, postFilterMessage, lowerPriorityNominatedPods, nodeAffinityMatches, nodeIsPlain, normalizeScore, numFeasibleNodesToFind, podEligibleToPreemptOthers, podTerminatingByPreemption, preferredAffinityScore, reasonsHistogram, scoreNode, shapeOf } from '../../src/cluster/scheduler.ts';
import { findUntoleratedTaint, hostPortsConflict, hostPortsOf, podNonZeroRequest, podRequest, toleratesTaint, useHostPorts } from '../../src/cluster/resources.ts';
import type { HostPort, UsedPorts } from '../../src/cluster/resources.ts';
import type { Pod, Taint, Toleration } from '../../src/api/types.ts';
import { makeNode, makePod, world } from '../fixtures/world.ts';
import { RngFactory } from '../../src/core/rng.ts';
import { podQOSClass } from '../../src/apiserver/store.ts';

function ni(cpu = 4000, mem = 16 * 2 ** 30, reqCpu = 0, reqMem = 0, pods = 110): NodeInfo {
  return { node: makeNode('n', `${cpu}m`, String(mem), pods), allocCpu: cpu, allocMem: mem, allocPods: pods, reqCpu, reqMem, nzCpu: reqCpu, nzMem: reqMem, podCount: 0, plain: true, scoreCpu: -1, scoreMem: -1, scoreReqCpu: -1, scoreReqMem: -1, score: 0 };
}
const withReq = (cpu: string, memory: string) => makePod('p', { containers: [{ name: 'c', resources: { requests: { cpu, memory } } }] });

describe('NodeResourcesFit filter', () => {
  const cases: Array<[string, NodeInfo, ReturnType<typeof makePod>, string[] | null]> = [
    ['fits in an empty node', ni(), withReq('1', '1Gi'), null],
    ['exactly fills the cpu', ni(4000, 16 * 2 ** 30, 3000), withReq('1', '1Gi'), null],
    ['one milli-cpu too many', ni(4000, 16 * 2 ** 30, 3001), withReq('1', '1Gi'), ['Insufficient cpu']],
    ['memory short', ni(4000, 2 ** 30, 0, 2 ** 29), withReq('100m', '600Mi'), ['Insufficient memory']],
    ['pod count limit', ni(4000, 2 ** 30, 0, 0, 0), withReq('0', '0'), ['Too many pods']],
    ['fitsRequest keeps every reason: cpu and memory', ni(4000, 2 ** 30), withReq('8', '2Gi'), ['Insufficient cpu', 'Insufficient memory']],
    ['fitsRequest keeps every reason: pods, cpu and memory', ni(4000, 2 ** 30, 0, 0, 0), withReq('8', '2Gi'), ['Too many pods', 'Insufficient cpu', 'Insufficient memory']],
  ];
  for (const [name, node, pod, want] of cases) it(name, () => expect(filterNode(pod, node)).toEqual(want));
});

describe('fitsRequest Unresolvable (1.34+, kubernetes#131345): a request above the whole allocatable, which preemption cannot help', () => {
  const gpu = (n: number) => makePod('p', { containers: [{ name: 'c', resources: { requests: { 'nvidia.com/gpu': String(n) }, limits: { 'nvidia.com/gpu': String(n) } } }] });
  const withGpus = (node: NodeInfo, n: number): NodeInfo => ({ ...node, allocScalar: new Map([['nvidia.com/gpu', n]]) });
  const cases: Array<[string, NodeInfo, ReturnType<typeof makePod>, boolean]> = [
    ['cpu above the allocatable: podRequest.MilliCPU > allocatable', ni(2000), withReq('3', '1Gi'), true],
    ['cpu equal to the allocatable, the node full: resolvable (removing pods may make room)', ni(2000, 16 * 2 ** 30, 2000), withReq('2', '1Gi'), false],
    ['memory above the allocatable', ni(4000, 2 ** 30), withReq('1', '2Gi'), true],
    ['only memory above: the node is Unresolvable though cpu is merely short', ni(4000, 2 ** 30, 3500), withReq('1', '2Gi'), true],
    ['an extended resource the node lacks counts as allocatable 0', ni(), gpu(1), true],
    ['an extended resource above what the node offers', withGpus(ni(), 1), gpu(2), true],
    ['an extended resource within what the node offers', withGpus(ni(), 2), gpu(2), false],
    ['a full pod count is never Unresolvable (Too many pods has no such flag)', ni(4000, 2 ** 30, 0, 0, 0), withReq('0', '0'), false],
  ];
  for (const [name, node, pod, want] of cases) it(name, () => expect(exceedsAllocatable(node, podRequest(pod))).toBe(want));
});

describe('RunPostFilterPlugins message (1.34+: DynamicResources, then DefaultPreemption)', () => {
  const cases: Array<[string, string | null, string]> = [
    ['no candidate: DynamicResources\' Unschedulable "no new claims to deallocate" joined with ", " before "preemption: "', '0/2 nodes are available: 2 No preemption victims found for incoming pod.', 'no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.'],
    ['not eligible (PodEligibleToPreemptOthers is Unschedulable too): joined the same way', 'not eligible due to preemptionPolicy=Never.', 'no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.'],
    ['a terminating victim on the nominated node: joined the same way', 'not eligible due to a terminating pod on the nominated node.', 'no new claims to deallocate, preemption: not eligible due to a terminating pod on the nominated node.'],
    ['victims chosen: DefaultPreemption\'s Success returns at once, without a message', '', ''],
    ['a PreFilter rejection: DynamicResources\' PostFilter finds no cycle state (Error, ErrNotFound), preemption never runs', null, 'not found'],
  ];
  for (const [name, preemption, want] of cases) it(name, () => expect(postFilterMessage(preemption)).toBe(want));
});

describe('FitError histogram (sort.Strings over "count reason")', () => {
  const cases: Array<[string, Array<[string, number]>, string]> = [
    ['one reason', [['Insufficient cpu', 3]], '3 Insufficient cpu'],
    ['same counts: by reason', [['Insufficient memory', 3], ['Insufficient cpu', 3]], '3 Insufficient cpu, 3 Insufficient memory'],
    ['the count leads: 1 before 2 whatever the reason', [['Insufficient cpu', 2], ["node(s) didn't match Pod's node affinity/selector", 1]], "1 node(s) didn't match Pod's node affinity/selector, 2 Insufficient cpu"],
    ['as strings: 10 sorts before 2', [['Insufficient cpu', 2], ['Too many pods', 10]], '10 Too many pods, 2 Insufficient cpu'],
  ];
  for (const [name, reasons, want] of cases) it(name, () => expect(reasonsHistogram(new Map(reasons))).toBe(want));
});

describe('pod requests (resourcehelper.PodRequests)', () => {
  it('sums regular containers and takes the max with init containers', () => {
    const p = makePod('p', {
      containers: [{ name: 'a', resources: { requests: { cpu: '500m', memory: '1Gi' } } }, { name: 'b', resources: { requests: { cpu: '250m' } } }],
      initContainers: [{ name: 'i', resources: { requests: { cpu: '2', memory: '100Mi' } } }],
    });
    expect(podRequest(p)).toEqual({ cpuMilli: 2000, memoryBytes: 2 ** 30 });
  });

  // AggregateContainerRequests with restartable init containers (KEP-753), the cases of upstream's
  // TestPodResourceRequests for sidecars, in milli-cpu
  type C = { name: string; cpu: number; sidecar?: boolean };
  const pod = (containers: C[], inits: C[]) =>
    makePod('p', {
      containers: containers.map((c) => ({ name: c.name, resources: { requests: { cpu: `${c.cpu}m` } } })),
      initContainers: inits.map((c) => ({ name: c.name, resources: { requests: { cpu: `${c.cpu}m` } }, ...(c.sidecar ? { restartPolicy: 'Always' } : {}) })),
    });
  const cases: Array<[string, C[], C[], number]> = [
    ['a sidecar adds to the regular containers', [{ name: 'a', cpu: 1000 }], [{ name: 's', cpu: 1000, sidecar: true }], 2000],
    ['an init container after a sidecar runs beside it: max(2 + 1, 1 + 2)', [{ name: 'a', cpu: 2000 }], [{ name: 's', cpu: 1000, sidecar: true }, { name: 'i', cpu: 2000 }], 3000],
    ['an init container after a sidecar can raise the total: 1 + 5 > 1 + 1', [{ name: 'a', cpu: 1000 }], [{ name: 's', cpu: 1000, sidecar: true }, { name: 'i', cpu: 5000 }], 6000],
    ['an init container before the sidecar runs alone', [{ name: 'a', cpu: 1000 }], [{ name: 'i', cpu: 5000 }, { name: 's', cpu: 1000, sidecar: true }], 5000],
    ['sidecars accumulate: each init container counts the ones before it', [{ name: 'a', cpu: 100 }], [{ name: 's1', cpu: 1000, sidecar: true }, { name: 'i1', cpu: 500 }, { name: 's2', cpu: 2000, sidecar: true }, { name: 'i2', cpu: 1000 }], 4000],
    ['only sidecars: their sum with the regular containers', [{ name: 'a', cpu: 300 }], [{ name: 's1', cpu: 200, sidecar: true }, { name: 's2', cpu: 100, sidecar: true }], 600],
    ['without sidecars, init containers still take the max', [{ name: 'a', cpu: 300 }], [{ name: 'i', cpu: 200 }], 300],
  ];
  for (const [name, cs, inits, want] of cases) it(name, () => expect(podRequest(pod(cs, inits)).cpuMilli).toBe(want));

  it('pod-level requests (PodLevelResources) replace the containers\' aggregate, resource by resource, for the request and the scoring request', () => {
    const p = makePod('p', { containers: [{ name: 'a', resources: { requests: { cpu: '500m', memory: '1Gi' } } }] });
    (p.spec as { resources?: unknown }).resources = { requests: { cpu: '3' } };
    expect(podRequest(p)).toEqual({ cpuMilli: 3000, memoryBytes: 2 ** 30 });
    expect(podNonZeroRequest(p)).toEqual({ cpuMilli: 3000, memoryBytes: 2 ** 30 });
    const bare = makePod('q', { containers: [{ name: 'a' }] });
    (bare.spec as { resources?: unknown }).resources = { requests: { memory: '64Mi' } };
    expect(podNonZeroRequest(bare)).toEqual({ cpuMilli: 100, memoryBytes: 64 * 2 ** 20 });
  });

  it('pod-level huge pages (IsSupportedPodLevelResource) replace the containers\' own, beside the other scalar resources', () => {
    const p = makePod('p', { containers: [{ name: 'a', resources: { requests: { 'hugepages-2Mi': '2Mi', 'example.com/gpu': '1' }, limits: { 'hugepages-2Mi': '2Mi', 'example.com/gpu': '1' } } }] });
    (p.spec as { resources?: unknown }).resources = { requests: { memory: '1Gi', 'hugepages-2Mi': '8Mi' } };
    expect(podRequest(p)).toEqual({ cpuMilli: 0, memoryBytes: 2 ** 30, scalar: new Map([['example.com/gpu', 1], ['hugepages-2Mi', 8 * 2 ** 20]]) });
  });
});

describe('podQOSClass (ComputePodQOS), with pod-level resources', () => {
  const c = (resources?: object) => [{ name: 'a', ...(resources ? { resources } : {}) }] as never;
  it.each<[string, object | undefined, object | undefined, string]>([
    ['no requests anywhere: BestEffort', undefined, undefined, 'BestEffort'],
    ['pod-level requests alone: Burstable', undefined, { requests: { cpu: '500m' } }, 'Burstable'],
    ['pod-level requests equal to limits for cpu and memory: Guaranteed, whatever the containers say', { requests: { cpu: '1' } }, { requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '2', memory: '1Gi' } }, 'Guaranteed'],
    ['pod-level limits for cpu only: Burstable', undefined, { requests: { cpu: '2' }, limits: { cpu: '2' } }, 'Burstable'],
    ['containers decide when there is nothing at pod level', { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }, undefined, 'Guaranteed'],
    ['an empty stanza (resources: {}) still takes the pod-level branch in 1.34-1.35: BestEffort (kubernetes#135082)', { requests: { cpu: '100m', memory: '50Mi' }, limits: { cpu: '100m', memory: '50Mi' } }, {}, 'BestEffort'],
    ['empty pod-level maps take it too', { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }, { requests: {}, limits: {} }, 'BestEffort'],
    ['pod-level huge pages alone are no QoS resource: BestEffort', undefined, { requests: { 'hugepages-2Mi': '2Mi' }, limits: { 'hugepages-2Mi': '2Mi' } }, 'BestEffort'],
  ])('%s', (_n, container, podLevel, want) => expect(podQOSClass(c(container), undefined, podLevel as never)).toBe(want));
});

describe('TaintToleration (v1helper.ToleratesTaint)', () => {
  const taint: Taint = { key: 'gpu', value: 'true', effect: 'NoSchedule' };
  const cases: Array<[string, Toleration, boolean]> = [
    ['Equal with matching value', { key: 'gpu', operator: 'Equal', value: 'true', effect: 'NoSchedule' }, true],
    ['Equal is the default operator', { key: 'gpu', value: 'true' }, true],
    ['Equal with another value', { key: 'gpu', operator: 'Equal', value: 'false' }, false],
    ['Exists on the key', { key: 'gpu', operator: 'Exists' }, true],
    ['empty key with Exists tolerates everything', { operator: 'Exists' }, true],
    ['another effect', { key: 'gpu', operator: 'Exists', effect: 'NoExecute' }, false],
    ['another key', { key: 'tpu', operator: 'Exists' }, false],
  ];
  for (const [name, t, want] of cases) it(name, () => expect(toleratesTaint(t, taint)).toBe(want));
  it('PreferNoSchedule taints do not filter', () => {
    expect(findUntoleratedTaint([{ key: 'x', effect: 'PreferNoSchedule' }], [], ['NoSchedule', 'NoExecute'])).toBeUndefined();
  });
});

describe('NodeAffinity filter', () => {
  const node = makeNode('n', '4', '16Gi', 110, { zone: 'a', size: '8' });
  const cases: Array<[string, Parameters<typeof makePod>[1], boolean]> = [
    ['nodeSelector match', { nodeSelector: { zone: 'a' } }, true],
    ['nodeSelector mismatch', { nodeSelector: { zone: 'b' } }, false],
    ['In', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a', 'b'] }] }] } } } }, true],
    ['NotIn', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }] } } } }, false],
    ['Gt', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'size', operator: 'Gt', values: ['4'] }] }] } } } }, true],
    ['terms are ORed', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['z'] }] }, { matchExpressions: [{ key: 'size', operator: 'Exists' }] }] } } } }, true],
  ];
  for (const [name, spec, want] of cases) it(name, () => expect(nodeAffinityMatches(makePod('p', spec), node)).toBe(want));
});

describe('scoring (LeastAllocated + BalancedAllocation)', () => {
  it('prefers the emptier node', () => {
    const pod = withReq('1', '1Gi');
    expect(scoreNode(pod, ni(4000, 16 * 2 ** 30, 0))).toBeGreaterThan(scoreNode(pod, ni(4000, 16 * 2 ** 30, 2000)));
  });
  it('prefers balanced use of cpu and memory', () => {
    const pod = withReq('1m', '1');
    const balanced = ni(4000, 4 * 2 ** 30, 2000, 2 * 2 ** 30);
    const skewed = ni(4000, 4 * 2 ** 30, 3000, 1 * 2 ** 30);
    expect(scoreNode(pod, balanced)).toBeGreaterThan(scoreNode(pod, skewed));
  });
});

describe('BalancedAllocation (useRequested: the real requests; best-effort pods skipped)', () => {
  // LeastAllocated counts non-zero requests (100m, 200Mi for a container without requests);
  // BalancedAllocation counts what is really requested
  const node = (reqCpu: number, reqMem: number) => ({ ...ni(4000, 4 * 2 ** 30, reqCpu, reqMem), nzCpu: reqCpu, nzMem: reqMem });
  it('a best-effort pod gets LeastAllocated only', () => {
    const pod = makePod('p');
    const n = node(0, 0);
    // non-zero 100m of 4000 and 200Mi of 4Gi: floor((97 + 95) / 2) = 96, and no balanced part
    expect(scoreNode(pod, n)).toBe(96);
  });
  it('a pod with requests adds (1 - |fcpu - fmem| / 2) × 100 from the real requests', () => {
    const pod = withReq('2', '1Gi');
    // cpu 2000/4000 = 0.5, memory 1Gi/4Gi = 0.25: std 0.125 → 87; least floor((50 + 75) / 2) = 62
    expect(scoreNode(pod, node(0, 0))).toBe(62 + 87);
  });
});

describe('NodeAffinity Score (PreferredSchedulingTerms.Score): the weights of the matching preferred terms', () => {
  const node = makeNode('n1', '4', '16Gi', 110, { lifecycle: 'spot', zone: 'a' });
  const pref = (...terms: Array<[number, object]>) => makePod('p', { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: terms.map(([weight, preference]) => ({ weight, preference })) } } });
  const cases: Array<[string, ReturnType<typeof makePod>, number]> = [
    ['no preferred terms', makePod('p'), 0],
    ['one matching term', pref([80, { matchExpressions: [{ key: 'lifecycle', operator: 'In', values: ['spot'] }] }]), 80],
    ['a term that does not match', pref([80, { matchExpressions: [{ key: 'lifecycle', operator: 'In', values: ['ondemand'] }] }]), 0],
    ['matching terms add up', pref([80, { matchExpressions: [{ key: 'lifecycle', operator: 'Exists' }] }], [5, { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }]), 85],
    ['every requirement of a term must match', pref([80, { matchExpressions: [{ key: 'lifecycle', operator: 'Exists' }, { key: 'zone', operator: 'In', values: ['b'] }] }]), 0],
    ['matchFields on metadata.name', pref([7, { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n1'] }] }]), 7],
    ['an empty preference matches nothing (NewPreferredSchedulingTerms skips it)', pref([50, {}]), 0],
  ];
  it.each(cases)('%s', (_n, pod, want) => expect(preferredAffinityScore(pod, node)).toBe(want));
});

describe('TaintToleration Score (countIntolerableTaintsPreferNoSchedule)', () => {
  const node = makeNode('n1');
  node.spec.taints = [
    { key: 'a', value: 'x', effect: 'PreferNoSchedule' },
    { key: 'b', effect: 'PreferNoSchedule' },
    { key: 'c', effect: 'NoSchedule' },
  ];
  const cases: Array<[string, Pod['spec']['tolerations'], number]> = [
    ['no tolerations: both PreferNoSchedule taints count, NoSchedule does not', undefined, 2],
    ['a toleration of that effect', [{ key: 'a', operator: 'Equal', value: 'x', effect: 'PreferNoSchedule' }], 1],
    ['a toleration of any effect', [{ key: 'b', operator: 'Exists' }], 1],
    ['a NoSchedule toleration does not count for scoring', [{ key: 'a', operator: 'Exists', effect: 'NoSchedule' }], 2],
    ['tolerate everything', [{ operator: 'Exists' }], 0],
  ];
  it.each(cases)('%s', (_n, tolerations, want) => expect(intolerablePreferNoSchedule(makePod('p', { tolerations }), node)).toBe(want));
});

describe('helper.DefaultNormalizeScore (MaxNodeScore 100)', () => {
  const cases: Array<[string, number, number, boolean, number]> = [
    ['all zero', 0, 0, false, 0],
    ['all zero, reversed', 0, 0, true, 100],
    ['the largest is 100', 85, 85, false, 100],
    ['scaled and truncated', 5, 85, false, 5],
    ['reversed: the fewest intolerable taints best', 1, 2, true, 50],
    ['reversed, the most', 2, 2, true, 0],
  ];
  it.each(cases)('%s', (_n, raw, max, reverse, want) => expect(normalizeScore(raw, max, reverse)).toBe(want));
});

describe('NodePorts (HostPortInfo.CheckConflict: same protocol and port, on the same IP or 0.0.0.0 on either side)', () => {
  const hp = (port: number, ip = '0.0.0.0', protocol = 'TCP'): HostPort => ({ protocol, ip, port });
  const used = (...ports: HostPort[]): UsedPorts => {
    const u: UsedPorts = new Map();
    useHostPorts(u, ports, 1);
    return u;
  };
  const cases: Array<[string, HostPort[], UsedPorts, boolean]> = [
    ['nothing used', [hp(8080)], used(), false],
    ['same port, both on 0.0.0.0', [hp(8080)], used(hp(8080)), true],
    ['another port', [hp(8081)], used(hp(8080)), false],
    ['same port, another protocol', [hp(8080, '0.0.0.0', 'UDP')], used(hp(8080)), false],
    ['a specific IP against 0.0.0.0 in use', [hp(8080, '127.0.0.1')], used(hp(8080)), true],
    ['0.0.0.0 against a specific IP in use', [hp(8080)], used(hp(8080, '127.0.0.1')), true],
    ['two different specific IPs', [hp(8080, '127.0.0.2')], used(hp(8080, '127.0.0.1')), false],
  ];
  it.each(cases)('%s', (_n, wanted, u, want) => expect(hostPortsConflict(wanted, u)).toBe(want));

  it('released ports are free again (HostPortInfo.Remove)', () => {
    const u = used(hp(8080), hp(8080));
    useHostPorts(u, [hp(8080)], -1);
    expect(hostPortsConflict([hp(8080)], u)).toBe(true);
    useHostPorts(u, [hp(8080)], -1);
    expect(hostPortsConflict([hp(8080)], u)).toBe(false);
  });

  it('util.GetHostPorts: sidecars and regular containers, not ordinary init containers; IP and protocol defaulted', () => {
    const p = makePod('p', {
      initContainers: [
        { name: 'once', image: 'x', ports: [{ containerPort: 1, hostPort: 1 }] },
        { name: 'side', image: 'x', restartPolicy: 'Always', ports: [{ containerPort: 2, hostPort: 2, protocol: 'UDP' }] },
      ],
      containers: [{ name: 'c', image: 'x', ports: [{ containerPort: 3, hostPort: 3, hostIP: '10.0.0.1' }, { containerPort: 4 }] }],
    });
    expect(hostPortsOf(p)).toEqual([hp(2, '0.0.0.0', 'UDP'), hp(3, '10.0.0.1')]);
  });
});

describe('percentageOfNodesToScore (adaptive)', () => {
  // Go's integer division: 50 - n/125 truncates n/125 first (210 nodes: 49% → 102, not 48% → 100)
  const cases: Array<[number, number]> = [[50, 50], [100, 100], [1000, 420], [5000, 500], [200, 100], [210, 102], [1100, 462], [3999, 759]];
  for (const [n, want] of cases) it(`${n} nodes → ${want}`, () => expect(numFeasibleNodesToFind(n)).toBe(want));
});

describe('selectHost (upstream: uniform among the best scores)', () => {
  // one pod placed on 4 identical empty nodes, from 400 scheduler streams: every node is picked
  // about a quarter of the time; a node with a better score is always picked
  const place = (seed: number, n1Load: boolean): string => {
    const { store, kernel } = world();
    const sched = new Scheduler(kernel, store, new RngFactory(seed).stream('s'), 0);
    void sched;
    for (const n of ['n1', 'n2', 'n3', 'n4']) store.create(makeNode(n, '4'));
    if (n1Load) {
      // everything but n1 carries a pod: n1 scores best
      for (const n of ['n2', 'n3', 'n4']) store.create(makePod(`busy-${n}`, { nodeName: n, containers: [{ name: 'c', resources: { requests: { cpu: '1', memory: '1Gi' } } }] }));
    }
    const p = withReq('100m', '64Mi');
    store.create(p);
    kernel.run(Infinity, true);
    return p.spec.nodeName!;
  };
  it('ties are broken uniformly from the seeded stream', () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 400; seed++) counts.set(place(seed, false), (counts.get(place(seed, false)) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['n1', 'n2', 'n3', 'n4']);
    for (const c of counts.values()) expect(c).toBeGreaterThan(60);
  });
  it('the same seed places the same way', () => expect(place(7, false)).toBe(place(7, false)));
  it('the best score wins without a draw', () => {
    for (let seed = 0; seed < 20; seed++) expect(place(seed, true)).toBe('n1');
  });
});

describe('Scheduler queue', () => {
  it('binds a pending pod, and a pod that does not fit waits for capacity', () => {
    const { store, kernel, rng } = world();
    const sched = new Scheduler(kernel, store, rng.stream('s'), 0);
    store.create(makeNode('n1', '1'));
    const a = withReq('1', '1Gi');
    a.metadata.name = 'a';
    const b = withReq('1', '1Gi');
    b.metadata.name = 'b';
    store.create(a);
    store.create(b);
    kernel.run(Infinity, true);
    expect(a.spec.nodeName).toBe('n1');
    expect(b.spec.nodeName).toBeUndefined();
    expect(b.status.conditions?.find((c) => c.type === 'PodScheduled')).toMatchObject({ status: 'False', reason: 'Unschedulable' });
    expect(store.events.filter((e) => e.reason === 'FailedScheduling')[0]!.message).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    );
    // a finishes: b is scheduled (after its 1s backoff)
    store.update(a, (p) => (p.status.phase = 'Succeeded'));
    kernel.run(Infinity, true);
    expect(b.spec.nodeName).toBe('n1');
    expect(sched.pendingCount).toBe(0);
  });
});

/** A store with a scheduler (no latency) and nodes of `cpu` cores each. */
function schedulingWorld(nodes: string[], cpu = '8', memory = '16Gi') {
  const { store, kernel, rng } = world();
  new Scheduler(kernel, store, rng.stream('s'), 0);
  const byName = Object.fromEntries(nodes.map((n) => [n, makeNode(n, cpu, memory)]));
  for (const n of nodes) store.create(byName[n]!);
  /** creates `count` pods named prefix0.. with the given requests, runs until quiet, returns them */
  const place = (prefix: string, count: number, reqCpu: string, reqMem: string) => {
    const pods = Array.from({ length: count }, (_, i) => {
      const p = withReq(reqCpu, reqMem);
      p.metadata.name = `${prefix}${i}`;
      store.create(p);
      return p;
    });
    kernel.run(Infinity, true);
    return pods;
  };
  return { store, nodes: byName, place };
}

describe('plain nodes (only NodeResourcesFit can reject a pod there)', () => {
  const taint: Taint = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };
  const cases: Array<[string, Partial<ReturnType<typeof makeNode>['spec']>, boolean]> = [
    ['schedulable, no taints', {}, true],
    ['empty taint list', { taints: [] }, true],
    ['cordoned (spec.unschedulable)', { unschedulable: true }, false],
    ['a NoSchedule taint', { taints: [taint] }, false],
    ['a PreferNoSchedule taint (still read by the full filter path)', { taints: [{ ...taint, effect: 'PreferNoSchedule' }] }, false],
  ];
  for (const [name, spec, want] of cases) it(name, () => expect(nodeIsPlain({ ...makeNode('n'), spec })).toBe(want));

  it('a taint added to a node by an update keeps new pods off it; removing it lets them back', () => {
    const { store, nodes, place } = schedulingWorld(['n1', 'n2']);
    store.update(nodes['n1']!, (n) => (n.spec.taints = [taint]));
    expect(place('a', 6, '100m', '64Mi').map((p) => p.spec.nodeName)).toEqual(Array(6).fill('n2'));
    store.update(nodes['n1']!, (n) => (n.spec.taints = undefined));
    // n1 is emptier now, so LeastAllocated prefers it
    expect(place('b', 1, '100m', '64Mi')[0]!.spec.nodeName).toBe('n1');
  });

  it('a cordoned node gets no pods', () => {
    const { store, nodes, place } = schedulingWorld(['n1', 'n2']);
    store.update(nodes['n1']!, (n) => (n.spec.unschedulable = true));
    expect(place('c', 4, '100m', '64Mi').map((p) => p.spec.nodeName)).toEqual(Array(4).fill('n2'));
  });
});

describe('score cache (a node is scored again once a pod is placed on it or leaves it)', () => {
  it('LeastAllocated spreads identical pods evenly over identical nodes, placement by placement', () => {
    const { store, place } = schedulingWorld(['n1', 'n2', 'n3'], '16', '64Gi');
    const pods = place('p', 30, '500m', '1Gi');
    const per = (n: string) => pods.filter((p) => p.spec.nodeName === n).length;
    expect([per('n1'), per('n2'), per('n3')]).toEqual([10, 10, 10]);
    // pods leaving n1 make it the emptiest: the next pods go there
    for (const p of pods.filter((x) => x.spec.nodeName === 'n1').slice(0, 4)) store.update(p, (x) => (x.status.phase = 'Succeeded'));
    expect(place('q', 4, '500m', '1Gi').map((p) => p.spec.nodeName)).toEqual(['n1', 'n1', 'n1', 'n1']);
  });
});

describe('podTerminatingByPreemption (being deleted, first DisruptionTarget True with reason PreemptionByScheduler)', () => {
  const cond = (status: string, reason: string) => ({ type: 'DisruptionTarget', status, reason });
  const cases: Array<[string, string | undefined, Array<ReturnType<typeof cond>>, boolean]> = [
    ['not being deleted', undefined, [cond('True', 'PreemptionByScheduler')], false],
    ['deleted by preemption', '2026-01-01T00:00:30Z', [cond('True', 'PreemptionByScheduler')], true],
    ['deleted otherwise (no DisruptionTarget)', '2026-01-01T00:00:30Z', [], false],
    ['deleted by the Eviction API', '2026-01-01T00:00:30Z', [cond('True', 'EvictionByEvictionAPI')], false],
    ['a DisruptionTarget that is not True', '2026-01-01T00:00:30Z', [cond('False', 'PreemptionByScheduler')], false],
  ];
  for (const [name, deletionTimestamp, conditions, want] of cases) {
    it(name, () => {
      const p = makePod('v', {}, { deletionTimestamp });
      p.status.conditions = conditions as Pod['status']['conditions'];
      expect(podTerminatingByPreemption(p)).toBe(want);
    });
  }
});

describe('PodEligibleToPreemptOthers', () => {
  const victim = makePod('v', { priority: 0 }, { deletionTimestamp: '2026-01-01T00:00:30Z' });
  victim.status.conditions = [{ type: 'DisruptionTarget', status: 'True', reason: 'PreemptionByScheduler' }];
  const peer = makePod('peer', { priority: 1000 }, { deletionTimestamp: '2026-01-01T00:00:30Z' });
  peer.status.conditions = victim.status.conditions;
  const preemptor = (nominated?: string, policy?: Pod['spec']['preemptionPolicy']) => {
    const p = makePod('hi', { priority: 1000, ...(policy ? { preemptionPolicy: policy } : {}) });
    if (nominated) p.status.nominatedNodeName = nominated;
    return p;
  };
  const cases: Array<[string, Pod, FilterCode, Pod[], string | null]> = [
    ['preemptionPolicy Never', preemptor('n1', 'Never'), 'Unschedulable', [], 'not eligible due to preemptionPolicy=Never.'],
    ['not nominated', preemptor(), 'UnschedulableAndUnresolvable', [victim], null],
    ['nominated, a lower-priority pod terminating by preemption there', preemptor('n1'), 'Unschedulable', [victim], 'not eligible due to a terminating pod on the nominated node.'],
    ['nominated node UnschedulableAndUnresolvable (cordoned, tainted, gone): may preempt again', preemptor('n1'), 'UnschedulableAndUnresolvable', [victim], null],
    ['a terminating pod of equal priority does not hold it back (isPreemptionAllowed)', preemptor('n1'), 'Unschedulable', [peer], null],
    ['nothing terminating on the nominated node', preemptor('n1'), 'Unschedulable', [makePod('x', { priority: 0 })], null],
  ];
  for (const [name, pod, code, pods, want] of cases) it(name, () => expect(podEligibleToPreemptOthers(pod, code, pods)).toBe(want));
});

describe('getLowerPriorityNominatedPods (prepareCandidate clears their nomination)', () => {
  const p = (name: string, priority: number) => makePod(name, { priority });
  const hi = p('hi', 1000);
  const cases: Array<[string, Pod[], string[]]> = [
    ['lower priority only, by name', [p('b', 10), p('a', 999), p('eq', 1000), p('top', 2000)], ['a', 'b']],
    ['the preemptor itself is left out', [hi, p('low', 0)], ['low']],
    ['none nominated', [], []],
  ];
  for (const [name, nominated, want] of cases) it(name, () => expect(lowerPriorityNominatedPods(hi, nominated).map((x) => x.metadata.name)).toEqual(want));
});

/** A store with a scheduler (no latency, no kubelet: deleted pods stay terminating) and nodes of the given cores. */
function preemptionWorld(nodes: Array<[string, string]>) {
  const w = world();
  const { store, kernel, rng } = w;
  const sched = new Scheduler(kernel, store, rng.stream('s'), 0);
  const byName = Object.fromEntries(nodes.map(([n, cpu]) => [n, makeNode(n, cpu)]));
  for (const [n] of nodes) store.create(byName[n]!);
  /** a pod of `cpu` cores; bound to `node` (started `startS` seconds in) when given */
  const pod = (name: string, cpu: string, opts: { priority?: number; node?: string; startS?: number; policy?: Pod['spec']['preemptionPolicy'] } = {}) => {
    const p = withReq(cpu, '64Mi');
    p.metadata.name = name;
    if (opts.priority || opts.policy) {
      // the Priority admission sets spec.priority and preemptionPolicy from the class
      const name = `p${opts.priority ?? 0}${opts.policy === 'Never' ? '-never' : ''}`;
      if (!w.store.get('PriorityClass', '', name)) {
        w.store.create({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name, uid: '', creationTimestamp: '' }, value: opts.priority ?? 0, preemptionPolicy: opts.policy });
      }
      p.spec.priorityClassName = name;
    }
    if (opts.node) {
      p.spec.nodeName = opts.node;
      p.status.phase = 'Running';
      p.status.startTime = new Date(Date.parse('2026-01-01T00:00:00Z') + (opts.startS ?? 0) * 1000).toISOString().replace('.000', '');
    }
    const res = store.create(p);
    if (!res.ok) throw new Error(res.message);
    return p;
  };
  const run = () => kernel.run(Infinity, true);
  const preempted = () => store.events.filter((e) => e.reason === 'Preempted').map((e) => e.involvedObject.name);
  const disruption = (p: Pod) => p.status.conditions?.find((c) => c.type === 'DisruptionTarget')?.reason;
  return { store, sched, nodes: byName, pod, run, preempted, disruption };
}

describe('DefaultPreemption and terminating pods', () => {
  // SelectVictimsOnNode takes every lower-priority pod, being deleted or not; prepareCandidate
  // sends no API call for a victim whose deletion has started
  const cases: Array<[string, boolean, string[]]> = [
    ['the terminating l2 is the victim: no API call, l1 reprieved', true, []],
    ['a running l2 is the victim: DisruptionTarget, Preempted, delete', false, ['l2']],
  ];
  for (const [name, terminating, wantPreempted] of cases) {
    it(name, () => {
      const w = preemptionWorld([['n1', '3']]);
      const l1 = w.pod('l1', '1', { node: 'n1', startS: 0 });
      const l2 = w.pod('l2', '2', { node: 'n1', startS: 1 });
      if (terminating) w.store.delete(l2);
      const hi = w.pod('hi', '1', { priority: 1000 });
      w.run();
      expect(hi.status.nominatedNodeName).toBe('n1');
      expect(w.preempted()).toEqual(wantPreempted);
      expect(w.disruption(l2)).toBe(terminating ? undefined : 'PreemptionByScheduler');
      expect([l1.metadata.deletionTimestamp, w.disruption(l1)]).toEqual([undefined, undefined]);
      // the failure message has no preemption sentence: preemption succeeded
      expect(w.store.events.filter((e) => e.reason === 'FailedScheduling' && e.involvedObject.name === 'hi').map((e) => e.message)).toEqual(['0/1 nodes are available: 1 Insufficient cpu.']);
    });
  }
});

describe('nominatedNodeName after a preemption attempt', () => {
  it('Evaluator.Preempt with no candidate clears the nomination (NewPostFilterResultWithNominatedNode(""))', () => {
    const w = preemptionWorld([['n1', '2']]);
    const v = w.pod('v', '2', { node: 'n1' });
    const hi = w.pod('hi', '2', { priority: 1000 });
    w.run();
    expect(hi.status.nominatedNodeName).toBe('n1');
    // a pod that may not preempt arrives while v terminates, and takes n1 first once v is gone
    const top = w.pod('top', '2', { priority: 2000, policy: 'Never' });
    w.run();
    w.store.update(v, (p) => (p.status.phase = 'Failed'));
    w.run();
    expect(top.spec.nodeName).toBe('n1');
    expect(hi.spec.nodeName).toBeUndefined();
    expect(hi.status.nominatedNodeName).toBeUndefined();
    expect(hi.status.conditions?.find((c) => c.type === 'PodScheduled')?.message).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    );
  });

  // PodEligibleToPreemptOthers: the victim v still terminates on n1; mid on n2 finishing retries hi
  const cases: Array<[string, boolean, string, string[]]> = [
    ['nominated node cordoned (UnschedulableAndUnresolvable): hi preempts again, on n2', true, 'n2', ['v', 'low2']],
    ['nominated node only short of cpu (Unschedulable): hi waits for its victim', false, 'n1', ['v']],
  ];
  for (const [name, cordon, wantNode, wantPreempted] of cases) {
    it(name, () => {
      const w = preemptionWorld([['n1', '2'], ['n2', '2']]);
      w.pod('v', '2', { node: 'n1' });
      w.pod('low2', '1', { node: 'n2' });
      const mid = w.pod('mid', '1', { priority: 1000, node: 'n2' });
      const hi = w.pod('hi', '2', { priority: 1000 });
      w.run();
      expect([hi.status.nominatedNodeName, w.preempted()]).toEqual(['n1', ['v']]);
      if (cordon) w.store.update(w.nodes['n1']!, (n) => (n.spec.unschedulable = true));
      w.store.update(mid, (p) => (p.status.phase = 'Succeeded'));
      w.run();
      expect([hi.status.nominatedNodeName, w.preempted()]).toEqual([wantNode, wantPreempted]);
    });
  }

  // prepareCandidateAsync: once some victim needs an API call, the pods of lower priority nominated
  // to the chosen node lose their nomination; a preemption whose victims all terminate already does nothing more
  const dcases: Array<[string, string, string | undefined, string[]]> = [
    ['top needs 4 cpu: keep is preempted, mid (lower priority, nominated to n1) loses its nomination', '4', undefined, ['low', 'keep']],
    ['top needs 2 cpu: its only victim (low) already terminates, mid keeps its nomination', '2', 'n1', ['low']],
  ];
  for (const [name, topCpu, wantMid, wantPreempted] of dcases) {
    it(name, () => {
      const w = preemptionWorld([['n1', '4']]);
      w.pod('low', '2', { node: 'n1', startS: 1 });
      w.pod('keep', '1', { priority: 100, node: 'n1', startS: 0 });
      const mid = w.pod('mid', '3', { priority: 500 });
      w.run();
      expect([mid.status.nominatedNodeName, w.preempted()]).toEqual(['n1', ['low']]);
      const top = w.pod('top', topCpu, { priority: 2000 });
      w.run();
      expect(top.status.nominatedNodeName).toBe('n1');
      expect(mid.status.nominatedNodeName).toBe(wantMid);
      expect(w.preempted()).toEqual(wantPreempted);
    });
  }
});

describe('evaluateNominatedNode (findNodesThatFitPod): a nominated pod tries its nominated node first', () => {
  // hi (1 cpu) preempts v on the small n1 (x, of higher priority, fills the big n2); then x and/or
  // v end. Scored against each other, the empty n2 (8 cpu) beats n1 (2 cpu); the nominated node
  // that passes the filters is taken without scoring, one that fails them sends hi to all nodes
  const cases: Array<[string, { freeN1: boolean; cordonN1: boolean }, string]> = [
    ['n1 free again: the nominated node passes the filters and is taken, not the better-scoring n2', { freeN1: true, cordonN1: false }, 'n1'],
    ['n1 still holds its terminating victim: all nodes are filtered, n2 is taken', { freeN1: false, cordonN1: false }, 'n2'],
    ['n1 free but cordoned: NodeUnschedulable fails it, all nodes are filtered, n2 is taken', { freeN1: true, cordonN1: true }, 'n2'],
  ];
  for (const [name, { freeN1, cordonN1 }, want] of cases) {
    it(name, () => {
      const w = preemptionWorld([['n1', '2'], ['n2', '8']]);
      const v = w.pod('v', '2', { node: 'n1' });
      const x = w.pod('x', '8', { priority: 2000, node: 'n2' });
      const hi = w.pod('hi', '1', { priority: 1000 });
      w.run();
      expect([hi.status.nominatedNodeName, w.preempted()]).toEqual(['n1', ['v']]);
      if (cordonN1) w.store.update(w.nodes['n1']!, (n) => (n.spec.unschedulable = true));
      if (freeN1) w.store.update(v, (p) => (p.status.phase = 'Failed'));
      w.store.update(x, (p) => (p.status.phase = 'Succeeded'));
      w.run();
      expect(hi.spec.nodeName).toBe(want);
    });
  }
});

describe('the verdict a drain shares between pods of one shape (upstream filters each pod on its own: schedulingCycle)', () => {
  const base = (): Partial<Pod['spec']> => ({ containers: [{ name: 'c', image: 'busybox', resources: { requests: { cpu: '1' } } }] });
  const port = (hostPort: number): Partial<Pod['spec']> => ({ containers: [{ name: 'c', image: 'busybox', ports: [{ containerPort: 8080, hostPort }], resources: { requests: { cpu: '1' } } } as Pod['spec']['containers'][0]] });
  const cases: Array<[string, Partial<Pod['spec']>, Partial<Pod['spec']>, boolean]> = [
    ['one template: shared', base(), base(), true],
    ['NodePorts (fitsPorts reads the pod\'s own host ports): a host port is not shared with a pod without one', port(8080), base(), false],
    ['NodePorts: different host ports are not shared', port(8080), port(9090), false],
    ['NodePorts: the same host port is shared', port(8080), port(8080), true],
    ['PodEligibleToPreemptOthers: preemptionPolicy Never is not shared with PreemptLowerPriority', { ...base(), priority: 1000, preemptionPolicy: 'Never' }, { ...base(), priority: 1000, preemptionPolicy: 'PreemptLowerPriority' }, false],
    ['priority (nominated pods, preemption victims): not shared', { ...base(), priority: 1000 }, { ...base(), priority: 0 }, false],
    ['NodeResourcesFit: other requests, not shared', base(), { containers: [{ name: 'c', image: 'busybox', resources: { requests: { cpu: '2' } } }] }, false],
  ];
  it.each(cases)('%s', (_n, a, b, same) => expect(shapeOf(makePod('a', a)) === shapeOf(makePod('b', b))).toBe(same));

  /** one 2-cpu node: holder (500m, host port 8080) and hog (1 cpu) run; a and b (1 cpu each) wait */
  it('a pod without host ports binds once cpu is freed, though a pod of the same requests that wants a taken port failed first in the drain', () => {
    const { store, kernel, rng } = world();
    new Scheduler(kernel, store, rng.stream('s'), 0);
    store.create(makeNode('n1', '2'));
    const bound = (name: string, spec: Partial<Pod['spec']>) => {
      const p = makePod(name, { ...spec, nodeName: 'n1' });
      p.status.phase = 'Running';
      store.create(p);
      return p;
    };
    bound('holder', { containers: [{ name: 'c', image: 'busybox', ports: [{ containerPort: 8080, hostPort: 8080 }], resources: { requests: { cpu: '500m' } } } as Pod['spec']['containers'][0]] });
    const hog = bound('hog', base());
    const a = makePod('a', port(8080));
    const b = makePod('b', base());
    store.create(a);
    store.create(b);
    kernel.run(Infinity, true);
    expect([a.spec.nodeName, b.spec.nodeName]).toEqual([undefined, undefined]);
    store.update(hog, (p) => (p.status.phase = 'Succeeded'));
    kernel.run(Infinity, true);
    expect([a.spec.nodeName, b.spec.nodeName]).toEqual([undefined, 'n1']);
  });
});

describe('PodEligibleToPreemptOthers is each pod\'s own (DefaultPreemption PostFilter runs per pod)', () => {
  const cases: Array<[string, Array<'Never' | undefined>, string]> = [
    ['the Never pod first: the other still preempts', ['Never', undefined], 'b'],
    ['the preemptor first: the Never pod waits', [undefined, 'Never'], 'a'],
  ];
  it.each(cases)('%s', (_n, policies, preemptor) => {
    const w = preemptionWorld([['n1', '2']]);
    w.pod('low', '1500m', { node: 'n1' });
    const a = w.pod('a', '1', { priority: 1000, policy: policies[0] });
    const b = w.pod('b', '1', { priority: 1000, policy: policies[1] });
    w.run();
    expect(w.preempted()).toEqual(['low']);
    expect([a, b].filter((p) => p.status.nominatedNodeName === 'n1').map((p) => p.metadata.name)).toEqual([preemptor]);
  });
});

describe('Node updates requeue a pod PodTopologySpread rejected by its queueing hint (isSchedulableAfterNodeChange)', () => {
  // zones a, b, c: a holds one matching pod, b is full with one, c is full with none; the pod
  // (nodeTaintsPolicy Honor) is refused on a by the skew (1 + 1 - 0 > 1) and elsewhere by cpu
  const cases: Array<[string, (n: ReturnType<typeof makeNode>) => void, number, string | undefined]> = [
    ['a taint on c (zone c no longer counts under Honor): requeued, binds on a', (n) => (n.spec.taints = [{ key: 'maintenance', effect: 'NoSchedule' }]), 2, 'a'],
    ['a label that is no topology key: not requeued', (n) => (n.metadata.labels = { ...n.metadata.labels, team: 'x' }), 1, undefined],
  ];
  it.each(cases)('%s', (_n, change, attempts, want) => {
    const { store, kernel, rng } = world();
    const sched = new Scheduler(kernel, store, rng.stream('s'), 0);
    const nodes = { a: makeNode('a', '2', '16Gi', 110, { zone: 'za' }), b: makeNode('b', '1', '16Gi', 110, { zone: 'zb' }), c: makeNode('c', '2', '16Gi', 110, { zone: 'zc' }) };
    for (const n of Object.values(nodes)) store.create(n);
    const bound = (name: string, node: string, cpu: string, labels: Record<string, string>) => {
      const p = makePod(name, { nodeName: node, containers: [{ name: 'c', image: 'busybox', resources: { requests: { cpu } } }] }, { labels });
      p.status.phase = 'Running';
      store.create(p);
    };
    bound('xa', 'a', '500m', { app: 'web' });
    bound('xb', 'b', '1', { app: 'web' });
    bound('fill', 'c', '2', {});
    const p = makePod('p', { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', nodeTaintsPolicy: 'Honor', labelSelector: { matchLabels: { app: 'web' } } }], containers: [{ name: 'c', image: 'busybox', resources: { requests: { cpu: '500m' } } }] }, { labels: { app: 'web' } });
    store.create(p);
    kernel.run(Infinity, true);
    expect([p.spec.nodeName, sched.failedAttemptsOf(p)]).toEqual([undefined, 1]);
    store.update(nodes.c, change);
    kernel.run(Infinity, true);
    expect(p.spec.nodeName).toBe(want);
    if (want === undefined) expect(sched.failedAttemptsOf(p)).toBe(attempts);
  });
});

describe('deletePodFromSchedulingQueue: a nominated pod deleted before binding requeues the pods of lower or equal priority (getLEPriorityPreCheck)', () => {
  // n1 (4 cpu): low (2 cpu) is preempted by hi (3 cpu) and keeps terminating (no kubelet here);
  // hi's nomination keeps q (1 cpu, priority 0) out; big (8 cpu) never fits anywhere
  it('the pod the nomination kept out binds at the deletion', () => {
    const w = preemptionWorld([['n1', '4']]);
    w.pod('low', '2', { node: 'n1' });
    const hi = w.pod('hi', '3', { priority: 1000 });
    w.run();
    const q = w.pod('q', '1');
    w.run();
    expect([hi.status.nominatedNodeName, w.preempted(), q.spec.nodeName]).toEqual(['n1', ['low'], undefined]);
    w.store.delete(hi);
    w.run();
    expect(q.spec.nodeName).toBe('n1');
  });
  const cases: Array<[string, number, number]> = [
    ['lower priority: retried', 0, 2],
    ['equal priority: retried', 1000, 2],
    ['higher priority: left waiting', 2000, 1],
  ];
  it.each(cases)('%s', (_n, priority, attempts) => {
    const w = preemptionWorld([['n1', '4']]);
    w.pod('low', '2', { node: 'n1' });
    const hi = w.pod('hi', '3', { priority: 1000 });
    w.run();
    const big = w.pod('big', '8', { priority });
    w.run();
    expect([hi.status.nominatedNodeName, w.sched.failedAttemptsOf(big)]).toEqual(['n1', 1]);
    w.store.delete(hi);
    w.run();
    expect(w.sched.failedAttemptsOf(big)).toBe(attempts);
  });
});

describe('a graceful deletion is an "other" Pod update (PodSchedulingPropertiesChange), which PodTopologySpread does not register', () => {
  // zones za (a: m, matching, 500m) and zb (b: full, no match): p is refused on a by the skew
  // (1 + 1 - 0 > 1) and on b by cpu; m's deletion starts (no kubelet here: it stays terminating)
  it('the refused pod is not retried when m starts terminating, and binds once m is gone', () => {
    const { store, kernel, rng } = world();
    const sched = new Scheduler(kernel, store, rng.stream('s'), 0);
    store.create(makeNode('a', '2', '16Gi', 110, { zone: 'za' }));
    store.create(makeNode('b', '2', '16Gi', 110, { zone: 'zb' }));
    const bound = (name: string, node: string, cpu: string, labels: Record<string, string>) => {
      const p = makePod(name, { nodeName: node, containers: [{ name: 'c', image: 'busybox', resources: { requests: { cpu } } }] }, { labels });
      p.status.phase = 'Running';
      store.create(p);
      return p;
    };
    const m = bound('m', 'a', '500m', { app: 'web' });
    bound('fill', 'b', '2', {});
    const p = makePod('p', { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'web' } } }], containers: [{ name: 'c', image: 'busybox', resources: { requests: { cpu: '500m' } } }] }, { labels: { app: 'web' } });
    store.create(p);
    kernel.run(Infinity, true);
    expect([p.spec.nodeName, sched.failedAttemptsOf(p)]).toEqual([undefined, 1]);
    store.delete(m);
    kernel.run(Infinity, true);
    expect(m.metadata.deletionTimestamp).toBeDefined();
    expect([p.spec.nodeName, sched.failedAttemptsOf(p)]).toEqual([undefined, 1]);
    // the terminating m no longer counts: the scheduler would place p, had an event retried it
    expect(sched.fitsSomeNode(p, () => true)).toBe(true);
    expect(sched.fitsSomeNode(p, () => true, true)).toBe(false);
    store.update(m, (x) => (x.status.phase = 'Failed'));
    kernel.run(Infinity, true);
    expect(p.spec.nodeName).toBe('a');
  });
});
