import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Slot, SlotList } from '../../src/core/slot.ts';

describe('Slot', () => {
  it('keeps a value per object, unset reads undefined', () => {
    const s = new Slot<number>('t');
    const a = {};
    const b = {};
    expect(s.get(a)).toBeUndefined();
    s.set(a, 1);
    s.set(b, 2);
    s.set(a, 3);
    expect([s.get(a), s.get(b)]).toEqual([3, 2]);
  });

  it('is invisible to JSON, keys and spreads, so copies never carry it', () => {
    const s = new Slot<string>('t');
    const o = { x: 1 };
    s.set(o, 'hidden');
    expect(JSON.stringify(o)).toBe('{"x":1}');
    expect(Object.keys(o)).toEqual(['x']);
    expect(s.get({ ...o })).toBeUndefined();
  });

  it('two slots on one object are independent', () => {
    const a = new Slot<number>('same-name');
    const b = new Slot<number>('same-name');
    const o = {};
    a.set(o, 1);
    expect(b.get(o)).toBeUndefined();
  });
});

describe('SlotList', () => {
  it('after any sequence of adds and deletes, it holds what a Set would, in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(40)), { maxLength: 300 }), (ops) => {
        const objs = Array.from({ length: 41 }, (_, i) => ({ i }));
        const list = new SlotList<{ i: number }>(new Slot<number>('pos'));
        const model = new Set<{ i: number }>();
        for (const [add, k] of ops) {
          const o = objs[k]!;
          if (add) expect(list.add(o)).toBe(!model.has(o));
          else expect(list.delete(o)).toBe(model.has(o));
          if (add) model.add(o);
          else model.delete(o);
          expect(list.size).toBe(model.size);
        }
        expect(list.values()).toEqual([...model]);
        expect([...list]).toEqual([...model]);
        for (const o of objs) expect(list.has(o)).toBe(model.has(o));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('two lists with their own slots hold the same object independently', () => {
    const a = new SlotList<object>(new Slot<number>('a'));
    const b = new SlotList<object>(new Slot<number>('b'));
    const o = {};
    a.add({});
    a.add(o);
    b.add(o);
    expect(a.values().indexOf(o)).toBe(1);
    expect(b.delete(o)).toBe(true);
    expect(a.has(o)).toBe(true);
  });
});

describe('Slot.remember (caches)', () => {
  it('keeps the value on an ordinary object, and nothing on a frozen one, without throwing', () => {
    const s = new Slot<number>('cache');
    const o = {};
    s.remember(o, 1);
    expect(s.get(o)).toBe(1);
    const frozen = Object.freeze({});
    expect(() => s.remember(frozen, 2)).not.toThrow();
    expect(s.get(frozen)).toBeUndefined();
  });
});
