import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTime, formatDuration, goDuration, isoSeconds, parseDurationMs, parseTime } from '../../src/core/time.ts';

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
    // time.ParseDuration's limit: int64 nanoseconds
    ['2562047h', 2_562_047 * 3_600_000],
    ['2562048h', null],
    ['100000000d', null],
    // Go's grammar: a digit on one side of the dot, an optional sign, no spaces
    ['.5h', 1_800_000],
    ['1.h', 3_600_000],
    ['+1h', 3_600_000],
    ['-0', 0],
    ['.', null],
    ['.s', null],
    [' 5s', null],
    ['5s ', null],
    ['1500μs', 2],
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

describe('parseTime', () => {
  const cases: Array<[string, number]> = [
    ['2026-01-01T00:00:10Z', Date.UTC(2026, 0, 1, 0, 0, 10)],
    ['2016-05-19T12:00:00+02:00', Date.UTC(2016, 4, 19, 10, 0, 0)],
    ['2026-03-08T07:30:00.5Z', Date.UTC(2026, 2, 8, 7, 30, 0, 500)],
    ['1999-12-31T23:59:59Z', Date.UTC(1999, 11, 31, 23, 59, 59)],
  ];
  for (const [s, want] of cases) it(`${s}`, () => expect(parseTime(s)).toBe(want));
  it('invalid and missing are NaN', () => {
    expect(parseTime('2026-13-01T00:00:00Z')).toBeNaN();
    expect(parseTime('yesterday')).toBeNaN();
    expect(parseTime(undefined)).toBeNaN();
  });
  it('round-trips isoSeconds for many instants (the cache never mixes two seconds)', () => {
    for (let i = 0; i < 500; i++) {
      const ms = Date.UTC(2026, 0, 1) + i * 7_919_000 + (i % 1000);
      expect(parseTime(isoSeconds(ms))).toBe(Math.floor(ms / 1000) * 1000);
    }
    expect(isoSeconds(-1000)).toBe('1969-12-31T23:59:59Z');
  });
  it('agrees with Date#toISOString over runs of nearby seconds and far jumps (the minute and second caches)', () => {
    const want = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z');
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_000 }), fc.array(fc.integer({ min: -200_000, max: 200_000 }), { maxLength: 20 }), (start, steps) => {
        let ms = start;
        expect(isoSeconds(ms)).toBe(want(ms));
        for (const d of steps) {
          ms = Math.min(253_402_300_799_000, Math.max(-62_135_596_800_000, ms + d));
          expect(isoSeconds(ms)).toBe(want(ms));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('compareTime', () => {
  const cases: Array<[string, string, string, number]> = [
    ['API form, earlier first', '2026-01-01T00:00:10Z', '2026-01-01T00:00:11Z', -1],
    ['API form, equal', '2026-01-01T00:00:10Z', '2026-01-01T00:00:10Z', 0],
    ['API form, across a year', '2027-01-01T00:00:00Z', '2026-12-31T23:59:59Z', 1],
    ['offset form parsed: 12:00+02:00 is before 11:00Z', '2016-05-19T12:00:00+02:00', '2016-05-19T11:00:00Z', -1],
    ['fractional seconds parsed', '2026-03-08T07:30:00.5Z', '2026-03-08T07:30:00Z', 1],
  ];
  for (const [name, a, b, sign] of cases) it(name, () => expect(Math.sign(compareTime(a, b))).toBe(sign));
  it('agrees with parsing for many pairs in the API form', () => {
    for (let i = 0; i < 300; i++) {
      const a = isoSeconds(Date.UTC(2026, 0, 1) + ((i * 7_919_000) % 86_400_000_00));
      const b = isoSeconds(Date.UTC(2026, 0, 1) + ((i * 104_729_000) % 86_400_000_00));
      expect(Math.sign(compareTime(a, b))).toBe(Math.sign(parseTime(a) - parseTime(b)));
    }
  });
  it('the parse memo never returns a stale value', () => {
    expect(parseTime('2026-01-01T00:00:10Z')).toBe(Date.UTC(2026, 0, 1, 0, 0, 10));
    expect(parseTime('2026-01-01T00:00:11Z')).toBe(Date.UTC(2026, 0, 1, 0, 0, 11));
    expect(parseTime('2026-01-01T00:00:10Z')).toBe(Date.UTC(2026, 0, 1, 0, 0, 10));
  });
});

describe('goDuration (time.Duration.String)', () => {
  const cases: Array<[number, string]> = [
    [0, '0s'],
    [500, '500ms'],
    [1_000, '1s'],
    [1_500, '1.5s'],
    [1_627, '1.627s'],
    [10_000, '10s'],
    [80_000, '1m20s'],
    [160_000, '2m40s'],
    [300_000, '5m0s'],
    [3_600_000, '1h0m0s'],
    [259_380_500, '72h3m0.5s'],
    [-2_000, '-2s'],
  ];
  for (const [ms, want] of cases) it(`${ms}ms → ${want}`, () => expect(goDuration(ms)).toBe(want));
});
