// Properties of the Job controller's pure helpers. The seed is fixed (override with FC_SEED=<n>);
// a failure prints fast-check's seed and path: rerun with FC_SEED=<seed> npx vitest run <this file>.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SuccessPolicyRule } from '../../src/api/types.ts';
import { backoffDelayMs, MaxJobPodFailureBackOffMs, remainingBackoffMs } from '../../src/controllers/job/backoff.ts';
import { formatIntervals, parseIndexes } from '../../src/controllers/job/indexes.ts';
import { activePodsDeletionOrder } from '../../src/controllers/job/pods.ts';
import { matchSuccessPolicy } from '../../src/controllers/job/successpolicy.ts';
import { buildPod, T0 } from '../fixtures/pods.ts';

const seed = Number(process.env['FC_SEED'] ?? 20260101);
const params = { seed, numRuns: 300 };

/** Sorted distinct indexes below `completions`. */
const indexSet = (completions: number) => fc.uniqueArray(fc.nat({ max: completions - 1 }), { maxLength: completions }).map((xs) => xs.sort((a, b) => a - b));

describe('backoff delay', () => {
  it('never shrinks as the failure count grows, and stays within [10s, 10min] once n ≥ 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(backoffDelayMs(lo)).toBeLessThanOrEqual(backoffDelayMs(hi));
        expect(backoffDelayMs(hi)).toBeLessThanOrEqual(MaxJobPodFailureBackOffMs);
        if (hi >= 1) expect(backoffDelayMs(hi)).toBeGreaterThanOrEqual(10_000);
      }),
      params,
    );
  });
  it('the remaining time never grows as time passes and reaches 0 at lastFailure + delay', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 }), (n, d1, d2) => {
        const rec = { failuresAfterLastSuccess: n, lastFailureTimeMs: T0 };
        const [t1, t2] = d1 <= d2 ? [T0 + d1, T0 + d2] : [T0 + d2, T0 + d1];
        expect(remainingBackoffMs(rec, t2)).toBeLessThanOrEqual(remainingBackoffMs(rec, t1));
        expect(remainingBackoffMs(rec, T0 + backoffDelayMs(n))).toBe(0);
      }),
      params,
    );
  });
});

describe('interval strings', () => {
  it('parseIndexes ∘ formatIntervals is the identity on index sets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }).chain((c) => fc.tuple(fc.constant(c), indexSet(c))),
        ([completions, xs]) => {
          const s = formatIntervals(xs);
          expect(parseIndexes(s, completions)).toEqual(xs);
          expect(formatIntervals(parseIndexes(s, completions))).toBe(s);
        },
      ),
      params,
    );
  });
  it('formatIntervals writes runs of two as a,b and runs of three or more as a-b', () => {
    fc.assert(
      fc.property(indexSet(100), (xs) => {
        for (const part of formatIntervals(xs).split(',').filter((p) => p.includes('-'))) {
          const [a, b] = part.split('-').map(Number) as [number, number];
          expect(b - a).toBeGreaterThanOrEqual(2);
        }
      }),
      params,
    );
  });
});

describe('success policy', () => {
  const completions = 20;
  const ruleArb: fc.Arbitrary<SuccessPolicyRule> = fc.oneof(
    indexSet(completions).map((xs) => ({ succeededIndexes: formatIntervals(xs) })),
    fc.integer({ min: 0, max: completions }).map((n) => ({ succeededCount: n })),
    fc.tuple(indexSet(completions), fc.integer({ min: 0, max: completions })).map(([xs, n]) => ({ succeededIndexes: formatIntervals(xs), succeededCount: n })),
  );
  it('is monotone in the succeeded set: a superset matches no later rule', () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { minLength: 1, maxLength: 5 }), indexSet(completions), indexSet(completions), (rules, a, extra) => {
        const b = [...new Set([...a, ...extra])].sort((x, y) => x - y);
        const ma = matchSuccessPolicy({ rules }, completions, a);
        const mb = matchSuccessPolicy({ rules }, completions, b);
        if (ma !== null) {
          expect(mb).not.toBeNull();
          const ia = Number(ma.message.replace('Matched rules at index ', ''));
          const ib = Number(mb!.message.replace('Matched rules at index ', ''));
          expect(ib).toBeLessThanOrEqual(ia);
        }
      }),
      params,
    );
  });
});

describe('deletion order', () => {
  const podArb = fc
    .record({
      name: fc.constantFrom('a', 'b', 'c'),
      uid: fc.constantFrom('u1', 'u2'),
      node: fc.boolean(),
      phase: fc.constantFrom('Pending' as const, 'Running' as const, 'Unknown' as const),
      readySinceSec: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      restarts: fc.integer({ min: 0, max: 2 }),
      createdSec: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    })
    .map((r) => {
      const b = buildPod(r.name).uid(r.uid).phase(r.phase).running('main', r.restarts);
      if (r.node) b.node('n1');
      if (r.readySinceSec !== undefined) b.ready(T0 - r.readySinceSec * 1000);
      b.created(r.createdSec === null ? null : T0 - r.createdSec * 1000);
      return b.pod;
    });
  it('is a consistent total preorder (antisymmetric and transitive)', () => {
    fc.assert(
      fc.property(podArb, podArb, podArb, (x, y, z) => {
        const s = (p: typeof x, q: typeof x) => Math.sign(activePodsDeletionOrder(p, q));
        expect(s(x, y)).toBe(-s(y, x));
        if (s(x, y) <= 0 && s(y, z) <= 0) expect(s(x, z)).toBeLessThanOrEqual(0);
      }),
      params,
    );
  });
});
