import { describe, expect, it } from 'vitest';
import { Slot } from '../../src/core/slot.ts';

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
