import { describe, expect, it } from 'vitest';
import { formatDuration, isoSeconds, parseDurationMs } from '../../src/core/time.ts';

describe('durations (Go-style plus d)', () => {
  const cases: Array<[string, number | null]> = [
    ['500ms', 500],
    ['90s', 90_000],
    ['1h30m', 5_400_000],
    ['7d', 604_800_000],
    ['1.5h', 5_400_000],
    ['0', 0],
    ['10', null],
    ['1x', null],
    ['', null],
    ['5m trailing', null],
    ['-5s', null],
  ];
  for (const [s, want] of cases) it(`${JSON.stringify(s)} → ${want}`, () => expect(parseDurationMs(s)).toBe(want));
});

describe('timestamps as the API server writes them', () => {
  it('RFC 3339 UTC with second precision, truncating milliseconds', () => {
    expect(isoSeconds(Date.parse('2026-01-01T00:00:10.999Z'))).toBe('2026-01-01T00:00:10Z');
  });
  it('formats durations the way kubectl ages read', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(90_061_000)).toBe('1d1h1m1s');
  });
});
