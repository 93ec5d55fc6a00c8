import { describe, expect, it } from 'vitest';
import { crashLoopBackoff, CrashLoopInitialMs } from '../../src/cluster/kubelet.ts';

describe('kubelet crash-loop back-off (flowcontrol.Backoff in kuberuntime doBackOff)', () => {
  it('delays from each exit: 0, 10s, 20s, 40s, 80s, 160s, 300s, 300s', () => {
    let entry = 0;
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = crashLoopBackoff(entry, 1000);
      delays.push(r.delayMs / 1000);
      entry = r.nextEntryMs;
    }
    expect(delays).toEqual([0, 10, 20, 40, 80, 160, 300, 300]);
  });
  it('an entry older than 2 × 5 min is reset: restart now, next delay 10s', () => {
    expect(crashLoopBackoff(160_000, 600_001)).toEqual({ delayMs: 0, nextEntryMs: CrashLoopInitialMs });
    expect(crashLoopBackoff(160_000, 600_000)).toEqual({ delayMs: 160_000, nextEntryMs: 300_000 });
  });
});
