// pastActiveDeadline (pkg/controller/job/job_controller.go): `clock.Since(StartTime) >=
// time.Duration(*ActiveDeadlineSeconds) * time.Second`, where the product is an int64 count of
// nanoseconds that wraps past 9223372036 s (validation sets no upper bound on the field).
import { describe, expect, it } from 'vitest';
import { activeDeadlineMs, pastActiveDeadline } from '../../../src/controllers/job/sync.ts';
import { buildJob } from '../../fixtures/pods.ts';

describe('activeDeadlineMs: time.Duration(ads) * time.Second', () => {
  const cases: [string, number, number][] = [
    ['an ordinary deadline', 30, 30_000],
    ['the largest that fits an int64 of ns', 9223372036, 9223372036000],
    // 9223372037 * 10^9 - 2^64 = -9223372036854775808 + 145224192 ns
    ['one more wraps to the most negative', 9223372037, Math.ceil((9223372037e9 - 2 ** 64) / 1e6)],
    // 10^19 mod 2^64 = 10^19 - 2^64 = -8446744073709551616 ns
    ['10^10 s comes out negative', 10_000_000_000, -8446744073709],
    // 2 * 10^10 * 10^9 = 2 * 10^19, minus 2^64 is 1553255926290448384 ns: positive again
    ['2 * 10^10 s wraps back to positive', 20_000_000_000, 1553255926291],
  ];
  it.each(cases)('%s', (_n, ads, want) => expect(activeDeadlineMs(ads)).toBe(want));
});

describe('pastActiveDeadline', () => {
  const start = Date.parse('2024-01-01T00:00:00Z');
  const cases: [string, number, number, boolean][] = [
    ['before the deadline', 10, 9_999, false],
    ['at the deadline (>=)', 10, 10_000, true],
    ['a wrapped negative deadline is past at once', 10_000_000_000, 0, true],
    ['a wrapped positive deadline is far away', 20_000_000_000, 10_000, false],
  ];
  it.each(cases)('%s', (_n, ads, elapsedMs, want) => {
    const job = buildJob({ activeDeadlineSeconds: ads }, { startTime: '2024-01-01T00:00:00Z' });
    expect(pastActiveDeadline(job, start + elapsedMs)).toBe(want);
  });
});
