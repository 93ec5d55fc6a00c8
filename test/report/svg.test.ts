// The picture of a run (`--svg`): where each pod's bar starts and ends, the time axis, and the
// drawing of real scenarios (node NotReady spells, one title per pod, the limits, determinism).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/api/types.ts';
import { simulate } from '../../src/index.ts';
import type { SimulationResult } from '../../src/report/result.ts';
import { MaxDrawnPods, podBar, renderSvg, renderSweepSvg, tickStepMs } from '../../src/report/svg.ts';
import { sweep } from '../../src/sim/sweep.ts';
import YAML from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const T0 = Date.parse('2026-01-01T00:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000).toISOString().replace('.000Z', 'Z');
const END = T0 + 3600_000;

type Status = Record<string, unknown>;
function pod(status: Status, extra: { nodeName?: string | null; deletionTimestamp?: string } = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', namespace: 'default', creationTimestamp: at(0), ...(extra.deletionTimestamp ? { deletionTimestamp: extra.deletionTimestamp } : {}) },
    spec: { nodeName: extra.nodeName === null ? undefined : (extra.nodeName ?? 'n-1'), containers: [{ name: 'c', image: 'x' }] },
    status: { conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: at(2) }], ...status },
  } as unknown as Pod;
}
const withDeletion = (p: Pod, ts: string, grace: number): Pod => ({ ...p, metadata: { ...p.metadata, deletionTimestamp: ts, deletionGracePeriodSeconds: grace } });
const terminated = (start: number, end: number, exitCode = 0) => ({ terminated: { exitCode, reason: exitCode ? 'Error' : 'Completed', startedAt: at(start), finishedAt: at(end) } });

describe('podBar: from binding to the end of the pod', () => {
  it.each([
    ['succeeded: bound at PodScheduled, running from the container start, ends at its finish', pod({ phase: 'Succeeded', containerStatuses: [{ name: 'c', restartCount: 0, state: terminated(7, 30) }] }), { boundMs: T0 + 2000, runningMs: T0 + 7000, endMs: T0 + 30_000, outcome: 'succeeded', restarts: [] }],
    [
      'failed after a restart in place: the tick at the end of the previous run',
      pod({ phase: 'Failed', containerStatuses: [{ name: 'c', restartCount: 1, lastState: terminated(3, 10, 1), state: terminated(20, 25, 1) }] }),
      { boundMs: T0 + 2000, runningMs: T0 + 3000, endMs: T0 + 25_000, outcome: 'failed', restarts: [T0 + 10_000] },
    ],
    ['running at the end of the run', pod({ phase: 'Running', containerStatuses: [{ name: 'c', restartCount: 0, state: { running: { startedAt: at(4) } } }] }), { runningMs: T0 + 4000, endMs: END, outcome: 'running' }],
    ['deleted, never finished (Terminating on a node that is gone): lasts to the end of the run', pod({ phase: 'Running', containerStatuses: [{ name: 'c', restartCount: 0, state: { running: { startedAt: at(4) } } }] }, { deletionTimestamp: at(100) }), { endMs: END, outcome: 'deleted' }],
    ['still pulling at the end: no running part', pod({ phase: 'Pending', containerStatuses: [{ name: 'c', restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }] }), { runningMs: null, endMs: END, outcome: 'running' }],
    [
      'a sidecar killed after the main container: the pod ends with it',
      pod({ phase: 'Succeeded', initContainerStatuses: [{ name: 's', restartCount: 0, state: terminated(2, 31, 143) }], containerStatuses: [{ name: 'c', restartCount: 0, state: terminated(2, 30) }] }),
      { runningMs: T0 + 2000, endMs: T0 + 31_000, outcome: 'succeeded' },
    ],
    ['failed with no container ever run (the pod GC on a deleted node): ends when Ready last changed', pod({ phase: 'Failed', conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: at(2) }, { type: 'Ready', status: 'False', lastTransitionTime: at(50) }] }), { runningMs: null, endMs: T0 + 50_000, outcome: 'failed' }],
    [
      'deleted while running, SIGKILLed at the end of its 30s grace: Terminating from the deletion',
      withDeletion(pod({ phase: 'Failed', containerStatuses: [{ name: 'c', restartCount: 0, state: terminated(4, 90, 137) }] }), at(90), 30),
      { runningMs: T0 + 4000, endMs: T0 + 90_000, deletingMs: T0 + 60_000, outcome: 'failed' },
    ],
    ['deleted after it finished (TTL, pod GC): never Terminating', withDeletion(pod({ phase: 'Succeeded', containerStatuses: [{ name: 'c', restartCount: 0, state: terminated(4, 30) }] }), at(45), 0), { endMs: T0 + 30_000, deletingMs: null }],
  ])('%s', (_name, p, want) => expect(podBar(p, END)).toMatchObject(want));

  it('with the Started events: running from the first start, a tick at each restart in place', () => {
    const p = pod({ phase: 'Succeeded', containerStatuses: [{ name: 'c', restartCount: 2, lastState: terminated(40, 50, 1), state: terminated(70, 80) }] });
    expect(podBar(p, END, [T0 + 20_000, T0 + 30_000, T0 + 70_000])).toMatchObject({ runningMs: T0 + 20_000, endMs: T0 + 80_000, restarts: [T0 + 30_000, T0 + 70_000] });
  });

  it('an unbound pod has no bar', () => expect(podBar(pod({ phase: 'Pending' }, { nodeName: null }), END)).toBeNull());
});

describe('tickStepMs: about a dozen ticks at most', () => {
  it.each([
    [10_000, 1000],
    [35 * 60_000, 300_000],
    [6 * 3600_000, 1800_000],
    [7 * 86400_000, 86400_000],
    [365 * 86400_000, 604800_000 * 5],
  ])('span %d ms → %d ms', (span, step) => expect(tickStepMs(span)).toBe(step));
});

describe('renderSvg', () => {
  const nodeFailure = simulate(readFileSync(join(root, 'scenarios/node-failure.yaml'), 'utf8'));
  const svg = renderSvg(nodeFailure);

  it('is well formed: one svg element, balanced tags, escaped text', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    for (const tag of ['g', 'title', 'text', 'rect', 'path']) {
      const open = (svg.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;
      const selfClosed = (svg.match(new RegExp(`<${tag}[^>]*/>`, 'g')) ?? []).length;
      const close = (svg.match(new RegExp(`</${tag}>`, 'g')) ?? []).length;
      expect(open - selfClosed, tag).toBe(close);
    }
    expect(svg).not.toMatch(/<title>[^<]*&(?!amp;|lt;|gt;|quot;)/);
  });

  it('draws every Job and every bound pod with its title, and the node that went NotReady', () => {
    const pods = (nodeFailure.items ?? []).filter((o) => o.kind === 'Pod');
    expect(pods.length).toBeGreaterThan(0);
    for (const p of pods) expect(svg).toContain(`<title>Pod default/${p.metadata.name} on `);
    expect(svg).toContain('<title>Job default/transcode: created +00:00:00, Complete');
    expect(svg).toMatch(/<title>worker-2 NotReady from \+00:0\d:\d\d to \+00:35:\d\d<\/title>/);
    expect(svg).toContain('CPU requested in pool worker (capacity 12 CPU)');
  });

  it("draws a cordoned node's spell from its kubelet's NodeNotSchedulable to NodeSchedulable", () => {
    const drained = renderSvg(simulate(readFileSync(join(root, 'scenarios/node-drain.yaml'), 'utf8')));
    expect(drained).toContain('<title>worker-1 cordoned (unschedulable) from +00:05:08 to +01:05:08, as its kubelet saw it</title>');
    expect(drained).not.toMatch(/worker-2 cordoned/);
  });

  it('is the same bytes for the same run', () => {
    expect(renderSvg(simulate(readFileSync(join(root, 'scenarios/node-failure.yaml'), 'utf8')))).toBe(svg);
  });

  it(`does not draw more than ${MaxDrawnPods} pods one by one`, () => {
    const many: SimulationResult = { ...nodeFailure, items: Array.from({ length: MaxDrawnPods + 1 }, (_, i) => ({ ...pod({ phase: 'Succeeded' }), metadata: { name: `p${i}`, namespace: 'default', creationTimestamp: at(0) } }) as unknown as Pod) };
    const out = renderSvg(many);
    expect(out).toContain(`Pods (${MaxDrawnPods + 1}): more than ${MaxDrawnPods}, not drawn one by one`);
    expect(out).not.toContain('<title>Pod ');
  });
});

describe('renderSweepSvg', () => {
  const docs = YAML.parseAllDocuments(readFileSync(join(root, 'scenarios/capacity-burst.yaml'), 'utf8')).map((d) => d.toJS());
  const r = sweep(docs, { pools: [{ name: 'batch', counts: [2, 4] }], seeds: [8, 9], withinMs: 3600_000, target: 0.95 }).result!;
  const svg = renderSweepSvg(r);

  it('draws a point per size for each figure, with its value in a tooltip, and the target as a line', () => {
    const p95 = r.rows.map((row) => row.summary.jobDurationSeconds!.p95);
    expect(svg).toContain(`<title>batch=2: p95 1h${Math.round((p95[0]! % 3600) / 60)}m</title>`);
    expect(svg).toContain('<title>batch=4: every seed pooled 100%</title>');
    expect(svg).toContain('<title>batch=2: every seed pooled 0%</title>');
    expect(svg).toContain('<title>target 95%</title>');
    expect(svg).toContain('Smallest size meeting the target: batch=4 (4 node(s)).');
    expect((svg.match(/<circle /g) ?? []).length).toBe(2 * (3 + 2 + 1 + 2));
  });

  it('leaves out the service-level chart without --within, and is the same bytes for the same sweep', () => {
    const plain = renderSweepSvg(sweep(docs, { pools: [{ name: 'batch', counts: [2, 4] }], seeds: [8] }).result!);
    expect(plain).not.toContain('Jobs complete within');
    expect(renderSweepSvg(sweep(docs, { pools: [{ name: 'batch', counts: [2, 4] }], seeds: [8, 9], withinMs: 3600_000, target: 0.95 }).result!)).toBe(svg);
  });
});

describe('renderSvg: Jobs deleted, waiting on terminating pods, in several namespaces', () => {
  it('a Job deleted before it finished ends at its deletion, in grey', () => {
    const svg = renderSvg(simulate(readFileSync(join(root, 'scenarios/cronjob-replace.yaml'), 'utf8')));
    expect(svg).toMatch(/<rect [^>]*fill="#9e9e9e"><title>Job default\/refresh-cache-\d+: created \+00:\d\d:00, deleted at \+00:\d\d:\d\d before it finished/);
  });

  it('the interim condition is marked on the Job bar; names carry their namespace when there are several', () => {
    const docs = ['a', 'b'].map((ns) => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'etl', namespace: ns }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'x' }] } } } }));
    const svg = renderSvg(simulate(docs));
    expect(svg).toContain('>a/etl</text>');
    expect(svg).toContain('>b/etl</text>');
    expect(svg).toContain('<title>Job etl: SuccessCriteriaMet (CompletionsReached) at +00:00:11</title>');
  });
});
