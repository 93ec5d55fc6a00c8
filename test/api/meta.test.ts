// jsonEqual: the no-op check before an update (the API server compares serialized objects, whose
// field order is the Go struct's, so key order cannot matter).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../../src/api/meta.ts';

/** JSON text with keys sorted and undefined fields dropped: equal texts, equal values */
function canonical(x: unknown): string {
  if (x === null || typeof x !== 'object') return JSON.stringify(x) ?? 'null';
  if (Array.isArray(x)) return `[${x.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  const keys = Object.keys(x as object).filter((k) => (x as Record<string, unknown>)[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k])}`).join(',')}}`;
}

describe('jsonEqual', () => {
  const cases: Array<[string, unknown, unknown, boolean]> = [
    ['same scalars', 'a', 'a', true],
    ['different scalars', 1, 2, false],
    ['number and string are different', 1, '1', false],
    ['null and an empty object', null, {}, false],
    ['an empty array and an empty object', [], {}, false],
    ['key order does not matter', { a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 }, true],
    ['an undefined field is an absent one', { a: 1, b: undefined }, { a: 1 }, true],
    ['an absent field is not a null one', { a: 1 }, { a: 1, b: null }, false],
    ['array order matters', [1, 2], [2, 1], false],
    ['array length matters', [1], [1, 1], false],
    ['a CronJob status whose active list emptied', { active: [{ uid: 'u' }], lastScheduleTime: 't' }, { lastScheduleTime: 't' }, false],
  ];
  it.each(cases)('%s', (_name, a, b, want) => {
    expect(jsonEqual(a, b)).toBe(want);
    expect(jsonEqual(b, a)).toBe(want);
  });

  it('agrees with comparing canonical serializations (property)', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b')),
      node: fc.oneof({ maxDepth: 3 }, tie('leaf'), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.option(tie('node'), { nil: undefined }), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(jsonEqual(a, b)).toBe(canonical(a) === canonical(b));
        expect(jsonEqual(a, JSON.parse(JSON.stringify(a) ?? 'null'))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
