// The Job controller's pod index: a sync must read from it exactly what upstream's listing of the
// Job's pods, classified on the spot, would give (getStatus / countReadyPods / the active filter).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../src/api/types.ts';
import { JobTrackingFinalizer } from '../../../src/api/types.ts';
import { classifyPod, JobPodIndex, untrackedWhileRunning } from '../../../src/controllers/job/podindex.ts';
import { isPodReady } from '../../../src/controllers/job/pods.ts';
import { buildPod, T0 } from '../../fixtures/pods.ts';

describe('classifyPod (syncJob: active = not terminal and not deleting; counted = terminal without the finalizer)', () => {
  const cases: Array<{ name: string; pod: Pod; deleted?: boolean; want: string }> = [
    { name: 'pending pod with the tracking finalizer', pod: buildPod().phase('Pending').trackingFinalizer().pod, want: 'active' },
    { name: 'running pod', pod: buildPod().phase('Running').trackingFinalizer().pod, want: 'active' },
    { name: 'running pod being deleted (terminating)', pod: buildPod().phase('Running').trackingFinalizer().deleted(T0).pod, want: 'other' },
    { name: 'succeeded pod still tracked (to count)', pod: buildPod().phase('Succeeded').trackingFinalizer().pod, want: 'other' },
    { name: 'failed pod still tracked (to count)', pod: buildPod().phase('Failed').trackingFinalizer().pod, want: 'other' },
    { name: 'succeeded pod already counted', pod: buildPod().phase('Succeeded').pod, want: 'done' },
    { name: 'failed pod already counted, being deleted', pod: buildPod().phase('Failed').deleted(T0).pod, want: 'done' },
    { name: 'running pod without finalizer (legacy) is still active', pod: buildPod().phase('Running').pod, want: 'active' },
    { name: 'a deleted pod is done whatever its state', pod: buildPod().phase('Running').trackingFinalizer().pod, deleted: true, want: 'done' },
  ];
  for (const c of cases) it(c.name, () => expect(classifyPod(c.pod, c.deleted ?? false)).toBe(c.want));
});

type Op = { pod: number; change: 'ready' | 'unready' | 'run' | 'succeed' | 'fail' | 'unfinalize' | 'delete-request' | 'delete' } | { create: true };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ create: true as const }) },
  {
    weight: 5,
    arbitrary: fc.record({
      pod: fc.nat(12),
      change: fc.constantFrom('ready' as const, 'unready' as const, 'run' as const, 'succeed' as const, 'fail' as const, 'unfinalize' as const, 'delete-request' as const, 'delete' as const),
    }),
  },
);

describe('JobPodIndex', () => {
  it('after any sequence of pod changes, its snapshot equals classifying every listed pod on the spot', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        const index = new JobPodIndex();
        const pods: Pod[] = [];
        const gone = new Set<Pod>();
        for (const op of ops) {
          if ('create' in op) {
            const p = buildPod(`p${pods.length}`).phase('Pending').trackingFinalizer().pod;
            pods.push(p);
            index.observe(p, false);
            continue;
          }
          const p = pods[op.pod % Math.max(1, pods.length)];
          if (!p || gone.has(p)) continue;
          const terminal = p.status.phase === 'Succeeded' || p.status.phase === 'Failed';
          switch (op.change) {
            case 'ready':
            case 'unready':
              if (terminal) continue;
              p.status.conditions = [{ type: 'Ready', status: op.change === 'ready' ? 'True' : 'False' }];
              break;
            case 'run':
              if (terminal) continue;
              p.status.phase = 'Running';
              break;
            case 'succeed':
            case 'fail':
              if (terminal) continue;
              p.status.phase = op.change === 'succeed' ? 'Succeeded' : 'Failed';
              p.status.conditions = [{ type: 'Ready', status: 'False' }];
              break;
            case 'unfinalize':
              p.metadata.finalizers = undefined;
              break;
            case 'delete-request':
              p.metadata.deletionTimestamp ??= '2026-01-01T00:00:00Z';
              break;
            case 'delete':
              gone.add(p);
              break;
          }
          index.observe(p, gone.has(p));
        }
        // the brute force: list the pods in creation order and classify each one now
        const listed = pods.filter((p) => !gone.has(p) && classifyPod(p, false) !== 'done');
        const active = listed.filter((p) => classifyPod(p, false) === 'active');
        const snap = index.snapshot();
        expect(names(snap.pods)).toEqual(names(listed));
        expect(names(snap.active)).toEqual(names(active));
        expect(names(snap.others)).toEqual(names(listed.filter((p) => classifyPod(p, false) === 'other')));
        expect(snap.ready).toBe(active.filter(isPodReady).length);
        expect(index.size).toBe(listed.length);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('a pod that finishes and loses its finalizer leaves the index', () => {
    const index = new JobPodIndex();
    const p = buildPod('a').phase('Running').trackingFinalizer().ready().pod;
    index.observe(p, false);
    expect(index.snapshot()).toMatchObject({ ready: 1, others: [] });
    p.status.phase = 'Succeeded';
    index.observe(p, false);
    expect(index.snapshot()).toMatchObject({ ready: 0, active: [], others: [p] });
    p.metadata.finalizers = p.metadata.finalizers!.filter((f) => f !== JobTrackingFinalizer);
    index.observe(p, false);
    expect(index.size).toBe(0);
  });

  it('getFailJobMessage: a pod let go while running that ends Failed and stays is read as lateFailed until it goes', () => {
    const index = new JobPodIndex();
    const p = buildPod('a').phase('Running').trackingFinalizer().pod;
    index.observe(p, false);
    // a suspension deletes it and removes the finalizer while it runs
    p.metadata.finalizers = ['example.com/keep'];
    untrackedWhileRunning.set(p, true);
    index.observe(p, false);
    index.lateFailure(p, false);
    expect(index.snapshot().lateFailed).toEqual([]);
    p.status.phase = 'Failed';
    index.observe(p, false);
    index.lateFailure(p, false);
    index.lateFailure(p, false);
    expect(index.size).toBe(0);
    expect(names(index.snapshot().lateFailed as Pod[])).toEqual(['a']);
    index.lateFailure(p, true);
    expect(index.snapshot().lateFailed).toEqual([]);
    expect(untrackedWhileRunning.get(p)).toBeUndefined();
  });

  it('isOpen / isLate: a failed pod counted earlier is done (not open), and late only once recorded as changed, until it goes', () => {
    const index = new JobPodIndex();
    const p = buildPod('a').phase('Failed').trackingFinalizer().pod;
    index.observe(p, false);
    expect(index.isOpen(p)).toBe(true);
    // counted: the tracking finalizer goes (a finalizer of its own keeps the pod)
    p.metadata.finalizers = ['example.com/keep'];
    index.observe(p, false);
    expect(index.isOpen(p)).toBe(false);
    expect(index.isLate(p)).toBe(false);
    // a later eviction adds DisruptionTarget: the controller records it as late
    index.lateFailure(p, false);
    expect(index.isLate(p)).toBe(true);
    expect(names(index.snapshot().lateFailed as Pod[])).toEqual(['a']);
    index.lateFailure(p, true);
    expect(index.isLate(p)).toBe(false);
  });

  it('a snapshot stays as it was taken while the sync that read it changes pods', () => {
    const index = new JobPodIndex();
    const a = buildPod('a').phase('Succeeded').trackingFinalizer().pod;
    const b = buildPod('b').phase('Running').trackingFinalizer().pod;
    index.observe(a, false);
    index.observe(b, false);
    const snap = index.snapshot();
    // the sync removes a's finalizer (done) and creates c
    a.metadata.finalizers = undefined;
    index.observe(a, false);
    index.observe(buildPod('c').phase('Pending').trackingFinalizer().pod, false);
    expect(names(snap.pods)).toEqual(['a', 'b']);
    expect(names(snap.others)).toEqual(['a']);
    expect(names(snap.active)).toEqual(['b']);
  });
});

function names(pods: Pod[]): string[] {
  return pods.map((p) => p.metadata.name);
}
