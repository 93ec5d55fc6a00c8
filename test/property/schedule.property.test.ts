// Property: the fast iterator (wall-clock tables + cached zone offsets + literal fallback near
// transitions) gives the same next time as
//   1. referenceNext, the cron-parser-based reference, in zones where robfig's DST behaviour is
//      "every instant whose wall clock matches" (whole-hour shifts away from midnight), and
//   2. literalNext, the step-by-step re-enactment of robfig's loops, in any zone, including the
//      ones with 30-minute shifts and midnight transitions where robfig has quirks.
// Instants are uniform over 1975-2060 or biased to within hours of a zone transition.
//
// Fixed seeds. A failure prints the seed and the counterexample; to replay it, put the printed
// `seed` and `path` into the fc.assert options of that property and run
//   npx vitest run test/property/schedule.property.test.ts

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInZone, literalNext, parseSchedule, referenceNext, SpecSchedule, zoneRules } from '../../src/controllers/cronjob/schedule.ts';

const MonthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const Bounds: Array<[number, number, string[] | null]> = [
  [0, 59, null],
  [0, 23, null],
  [1, 31, null],
  [1, 12, MonthNames],
  [0, 6, DayNames],
];

/** A value of field k, sometimes as a name in some case. */
function value(k: number): fc.Arbitrary<{ n: number; text: string }> {
  const [lo, hi, names] = Bounds[k]!;
  const num = fc.integer({ min: lo, max: hi });
  if (names === null) return num.map((n) => ({ n, text: String(n) }));
  return fc.tuple(num, fc.constantFrom('num', 'lower', 'upper', 'title')).map(([n, style]) => {
    const name = names[n - lo]!;
    const text = style === 'num' ? String(n) : style === 'lower' ? name : style === 'upper' ? name.toUpperCase() : name[0]!.toUpperCase() + name.slice(1);
    return { n, text };
  });
}

/** One comma item of field k in any of robfig's forms. */
function item(k: number): fc.Arbitrary<string> {
  const [lo, hi] = Bounds[k]!;
  const span = hi - lo + 1;
  const range = fc.tuple(value(k), value(k)).map(([a, b]) => (a.n <= b.n ? `${a.text}-${b.text}` : `${b.text}-${a.text}`));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant('*') },
    { weight: 1, arbitrary: fc.constantFrom('?', '*/1') },
    { weight: 4, arbitrary: value(k).map((v) => v.text) },
    { weight: 3, arbitrary: range },
    { weight: 3, arbitrary: fc.integer({ min: 2, max: span }).map((s) => `*/${s}`) },
    { weight: 2, arbitrary: fc.tuple(range, fc.integer({ min: 1, max: 12 })).map(([r, s]) => `${r}/${s}`) },
    { weight: 2, arbitrary: fc.tuple(value(k), fc.integer({ min: 1, max: 12 })).map(([v, s]) => `${v.text}/${s}`) },
  );
}

function field(k: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: item(k) },
    { weight: 1, arbitrary: fc.array(item(k), { minLength: 2, maxLength: 3 }).map((xs) => xs.join(',')) },
  );
}

const common = fc.constantFrom(
  '*/1 * * * *',
  '0 3 * * *',
  '*/5 9-17 * * 1-5',
  '30 2 * * *',
  '30 1 * * *',
  '0 * * * *',
  '*/15 * * * *',
  '0 0 */2 * 1',
  '0 0 1 * *',
  '0 0 29 2 *',
  '0 12 * * 0',
);

const expression = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(field(0), field(1), field(2), field(3), field(4)).map((fs) => fs.join(' ')) },
  { weight: 2, arbitrary: common },
  { weight: 1, arbitrary: fc.constantFrom('@yearly', '@monthly', '@weekly', '@daily', '@midnight', '@hourly') },
);

const Y1975 = Date.UTC(1975, 0, 1);
const Y2060 = Date.UTC(2060, 0, 1);
const HOUR = 3_600_000;

/**
 * An instant: uniform, or within 6 hours of a transition of `zone` in a random year (from
 * `fromYear`). Sub-second parts and whole minutes both occur.
 */
function instant(zone: string, fromYear: number): fc.Arbitrary<number> {
  const lo = Math.max(Y1975, Date.UTC(fromYear, 0, 1));
  const uniform = fc.integer({ min: lo, max: Y2060 });
  const nearTransition = fc
    .tuple(fc.integer({ min: Math.max(1975, fromYear), max: 2059 }), fc.nat(), fc.integer({ min: -6 * HOUR, max: 6 * HOUR }))
    .map(([year, pick, delta]) => {
      const z = zoneRules(zone);
      const from = Date.UTC(year, 0, 1) / 1000;
      const trs = z.transitionsIn(from, from + 366 * 86400);
      if (trs.length === 0) return Date.UTC(year, 6, 1) + delta;
      return trs[pick % trs.length]!.t * 1000 + delta;
    });
  return fc.tuple(fc.oneof(uniform, nearTransition), fc.constantFrom('ms', 'second', 'minute')).map(([t, round]) =>
    round === 'minute' ? Math.floor(t / 60_000) * 60_000 : round === 'second' ? Math.floor(t / 1000) * 1000 : t,
  );
}

// Zones where robfig = "every instant showing a matching wall time": whole-hour shifts away from
// midnight, also with half-hour and 45-minute offsets. America/Sao_Paulo only since its DST
// ended in 2019 (its DST began at midnight; robfig's quirks there are pinned in the unit tests).
const ReferenceZones: Array<[string, number]> = [
  ['UTC', 1975],
  ['Europe/Berlin', 1975],
  ['America/New_York', 1975],
  ['Australia/Sydney', 1975],
  ['Asia/Kolkata', 1975],
  ['America/Sao_Paulo', 2020],
  ['Australia/Adelaide', 1975],
  ['Europe/London', 1975],
  ['Asia/Kathmandu', 1990],
];

// Any zone, for fast vs literal: 30-minute shifts (Lord Howe), midnight transitions (Sao Paulo
// before 2019, Cairo, Havana, Santiago, Asuncion), a 24-hour jump (Apia 2011), +12:45 (Chatham).
const AnyZones: Array<[string, number]> = [
  ...ReferenceZones,
  ['America/Sao_Paulo', 1975],
  ['Australia/Lord_Howe', 1985],
  ['Africa/Cairo', 1975],
  ['America/Havana', 1975],
  ['America/Santiago', 1975],
  ['America/Asuncion', 1975],
  ['Pacific/Apia', 2005],
  ['Pacific/Chatham', 1975],
  ['Asia/Tehran', 1975],
  ['Antarctica/Troll', 2005],
];

const zoneAndInstant = (zones: Array<[string, number]>) =>
  fc.constantFrom(...zones).chain(([zone, fromYear]) => fc.tuple(fc.constant(zone), instant(zone, fromYear)));

describe('schedule: fast next() vs independent implementations', () => {
  it('fast next() === cron-parser reference (10,000 cases)', () => {
    fc.assert(
      fc.property(expression, zoneAndInstant(ReferenceZones), (expr, [zone, after]) => {
        const r = parseSchedule(expr, zone);
        if ('error' in r) throw new Error(`generated an invalid expression ${JSON.stringify(expr)}: ${r.error}`);
        const fast = r.schedule.next(after);
        const ref = referenceNext(expr, zone, after);
        if (fast !== ref) {
          const show = (t: number | null) => (t === null ? 'null' : `${formatInZone(t)} (${formatInZone(t, zone)})`);
          throw new Error(`${JSON.stringify(expr)} in ${zone} after ${formatInZone(after)} [${after}]: fast ${show(fast)}, reference ${show(ref)}`);
        }
      }),
      { seed: 42, numRuns: 10_000 },
    );
  }, 120_000);

  it('fast next() === literal robfig re-enactment, any zone (5,000 cases)', () => {
    fc.assert(
      fc.property(expression, zoneAndInstant(AnyZones), (expr, [zone, after]) => {
        const r = parseSchedule(expr, zone);
        if ('error' in r) throw new Error(`generated an invalid expression ${JSON.stringify(expr)}: ${r.error}`);
        const s = r.schedule;
        if (!(s instanceof SpecSchedule)) return;
        const lit = literalNext(s, Math.floor(after / 1000) + 1);
        expect(s.next(after), `${JSON.stringify(expr)} in ${zone} after ${formatInZone(after)} [${after}]`).toBe(lit === null ? null : lit * 1000);
      }),
      { seed: 4242, numRuns: 5_000 },
    );
  }, 120_000);
});
