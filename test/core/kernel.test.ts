import { describe, expect, it } from 'vitest';
import { Kernel, Lane, NumberHeap } from '../../src/core/kernel.ts';

describe('Kernel (SimPy-style heap of (time, lane, sequence))', () => {
  it('runs events in time order, then lane, then scheduling order', () => {
    const k = new Kernel({ startMs: 0 });
    const seen: string[] = [];
    k.at(10, Lane.Controller, () => seen.push('c10'));
    k.at(10, Lane.Input, () => seen.push('i10'));
    k.at(5, Lane.Controller, () => seen.push('c5'));
    k.at(10, Lane.Input, () => seen.push('i10b'));
    k.at(10, Lane.Cluster, () => seen.push('k10'));
    k.run(Infinity, true);
    expect(seen).toEqual(['c5', 'i10', 'i10b', 'k10', 'c10']);
    expect(k.now).toBe(10);
  });

  it('cancelled timers never run and do not keep a quiet run alive', () => {
    const k = new Kernel({ startMs: 1000 });
    let ran = false;
    const t = k.after(50, Lane.Input, () => (ran = true));
    k.cancel(t);
    expect(k.pendingForeground).toBe(0);
    expect(k.run(Infinity, true)).toBe('quiet');
    expect(ran).toBe(false);
  });

  it('stops at the duration and sets the clock to it', () => {
    const k = new Kernel({ startMs: 0 });
    const seen: number[] = [];
    for (const t of [10, 20, 30]) k.at(t, Lane.Input, () => seen.push(t));
    expect(k.run(25)).toBe('duration');
    expect(seen).toEqual([10, 20]);
    expect(k.now).toBe(25);
  });

  it('background timers run but a quiet run ends without them', () => {
    const k = new Kernel({ startMs: 0 });
    let ticks = 0;
    const tick = () => {
      ticks++;
      k.after(10, Lane.Cluster, tick, true);
    };
    k.after(10, Lane.Cluster, tick, true);
    k.at(35, Lane.Input, () => undefined);
    expect(k.run(Infinity, true)).toBe('quiet');
    expect(k.now).toBe(35);
    expect(ticks).toBe(3);
  });

  it('never schedules in the past', () => {
    const k = new Kernel({ startMs: 100 });
    const t = k.at(50, Lane.Input, () => undefined);
    expect(t.timeMs).toBe(100);
  });

  it('tie-order mode shuffles same-instant events reproducibly', () => {
    const order = (seed: number) => {
      let x = seed;
      const rnd = () => ((x = (x * 16807) % 2147483647) / 2147483647);
      const k = new Kernel({ startMs: 0, tieShuffle: rnd });
      const seen: number[] = [];
      for (let i = 0; i < 20; i++) k.at(5, Lane.Input, () => seen.push(i));
      k.run(Infinity, true);
      return seen;
    };
    expect(order(3)).toEqual(order(3));
    expect(order(3)).not.toEqual([...Array(20).keys()]);
    expect([...order(3)].sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it('NumberHeap pops in ascending order', () => {
    const h = new NumberHeap();
    for (const v of [5, 1, 9, 3, 3, 7]) h.push(v);
    const out: number[] = [];
    while (h.size) out.push(h.pop()!);
    expect(out).toEqual([1, 3, 3, 5, 7, 9]);
  });
});
