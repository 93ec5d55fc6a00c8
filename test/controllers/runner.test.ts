import { describe, expect, it } from 'vitest';
import { Kernel } from '../../src/core/kernel.ts';
import { WorkQueue } from '../../src/controllers/runner.ts';
import type { SyncResult } from '../../src/controllers/runner.ts';

function setup(handler: (key: string, now: number) => SyncResult | void = () => undefined, forgetOnlyOnRequeue = false) {
  const kernel = new Kernel({ startMs: 0 });
  const log: Array<[number, string]> = [];
  const q = new WorkQueue(kernel, { name: 't', sync: (k) => (log.push([kernel.now, k]), handler(k, kernel.now)) }, { baseMs: 1000, maxMs: 60_000, forgetOnlyOnRequeue });
  return { kernel, q, log };
}

describe("WorkQueue (client-go's workqueue semantics)", () => {
  it('de-duplicates keys added before processing', () => {
    const { kernel, q, log } = setup();
    q.add('a');
    q.add('a');
    q.add('b');
    kernel.run(Infinity, true);
    expect(log).toEqual([[0, 'a'], [0, 'b']]);
  });

  it('AddAfter keeps one pending entry per key, replaced only by an earlier one', () => {
    const { kernel, q, log } = setup();
    q.addAfter('a', 5000);
    q.addAfter('a', 9000);
    q.addAfter('a', 2000);
    kernel.run(Infinity, true);
    expect(log).toEqual([[2000, 'a']]);
  });

  it('a key added while it is processed is processed again afterwards', () => {
    let first = true;
    const { kernel, q, log } = setup((k) => {
      if (first) {
        first = false;
        q.add(k);
      }
    });
    q.add('a');
    kernel.run(Infinity, true);
    expect(log).toEqual([[0, 'a'], [0, 'a']]);
  });

  it('requeueAfter from a sync is an AddAfter', () => {
    let n = 0;
    const { kernel, q, log } = setup(() => (n++ < 2 ? { requeueAfterMs: 10_000 } : undefined));
    q.add('a');
    kernel.run(Infinity, true);
    expect(log.map(([t]) => t)).toEqual([0, 10_000, 20_000]);
  });

  it('errors back off exponentially per item (1s, 2s, 4s) until Forget', () => {
    let n = 0;
    const { kernel, q, log } = setup(() => (n++ < 3 ? { error: 'boom' } : undefined));
    q.add('a');
    kernel.run(20_000);
    expect(log.map(([t]) => t)).toEqual([0, 1000, 3000, 7000]);
  });

  it.each<[string, boolean, number[]]>([
    ['a sync without error forgets the failures (job controller: Forget when err == nil)', false, [0, 1000, 3000, 3500, 4500]],
    ['the CronJob controller forgets only after a sync that asks for a requeue: the backoff goes on (processNextWorkItem)', true, [0, 1000, 3000, 3500, 7500]],
  ])('%s', (_name, forgetOnlyOnRequeue, want) => {
    // two failures, a success without requeue (then an outside add 500ms later), a failure again
    const results: Array<SyncResult | undefined> = [{ error: 'x' }, { error: 'x' }, undefined, { error: 'x' }, undefined];
    let n = 0;
    const { kernel, q, log } = setup(() => results[n++], forgetOnlyOnRequeue);
    q.add('a');
    kernel.at(3500, 0, () => q.add('a'));
    kernel.run(20_000);
    expect(log.map(([t]) => t)).toEqual(want);
  });

  it('DefaultTypedControllerRateLimiter: a token bucket shared by the queue (10 qps, burst 100) bounds the retries of many keys; the longer delay wins', () => {
    const kernel = new Kernel({ startMs: 0 });
    const log: Array<[number, string]> = [];
    const q = new WorkQueue(kernel, { name: 't', sync: (k) => (log.push([kernel.now, k]), { error: 'x' }) }, { baseMs: 5, maxMs: 1_000_000, bucket: { qps: 10, burst: 100 } });
    for (let i = 0; i < 150; i++) q.add(`k${i}`);
    kernel.run(999);
    // 150 first syncs at 0; their 150 retries: 100 from the burst after 5ms, then one per 100ms
    const retries = log.filter(([t]) => t > 0);
    expect(log.filter(([t]) => t === 0)).toHaveLength(150);
    expect(retries.filter(([t]) => t === 5)).toHaveLength(100);
    expect(retries.filter(([t]) => t > 5).map(([t]) => t)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900]);
    // without the bucket, every key retries 5ms after its failure
    const log2: number[] = [];
    const k2 = new Kernel({ startMs: 0 });
    const q2 = new WorkQueue(k2, { name: 't', sync: () => (log2.push(k2.now), { error: 'x' }) }, { baseMs: 5, maxMs: 1_000_000 });
    for (let i = 0; i < 150; i++) q2.add(`k${i}`);
    k2.run(6);
    expect(log2.filter((t) => t === 5)).toHaveLength(150);
  });

  it('retries after errors are background work: a run waiting for quiet does not wait for them', () => {
    const { kernel, q, log } = setup(() => ({ error: 'always' }));
    q.add('a');
    expect(kernel.run(Infinity, true)).toBe('quiet');
    expect(log.map(([t]) => t)).toEqual([0]);
  });

  it('a sync that fails and asks for a requeue gets both: the earlier one wins', () => {
    let n = 0;
    const { kernel, q, log } = setup(() => (n++ === 0 ? { error: 'boom', requeueAfterMs: 500 } : undefined));
    q.add('a');
    kernel.run(20_000);
    expect(log.map(([t]) => t)).toEqual([0, 500]);
  });

  it('an outage drops pending work; the return resyncs', () => {
    const kernel = new Kernel({ startMs: 0 });
    const log: string[] = [];
    let resyncs = 0;
    const q = new WorkQueue(kernel, { name: 't', sync: (k) => void log.push(k), resync: () => (resyncs++, q.add('relisted')) }, { baseMs: 1, maxMs: 1 });
    q.setDown(true);
    q.add('a');
    q.addAfter('b', 100);
    kernel.run(Infinity, true);
    expect(log).toEqual([]);
    q.setDown(false);
    kernel.run(Infinity, true);
    expect(resyncs).toBe(1);
    expect(log).toEqual(['relisted']);
  });
});
