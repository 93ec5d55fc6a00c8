// The only place cron is parsed: robfig/cron v3.0.1 `ParseStandard` and `Schedule.Next`, as the
// Kubernetes CronJob controller uses them (k8s pins github.com/robfig/cron/v3 v3.0.1).
//
// What upstream does, and what this file does the same way:
// - Grammar (parser.go): 5 fields, `*` `?` `N` `N-M` `*/S` `N-M/S` `N/S` (= N-max/S), comma lists
//   (empty items skipped), case-insensitive month/day names, descriptors, `@every <Go duration>`, a
//   `TZ=zone ` / `CRON_TZ=zone ` prefix. Error texts are robfig's, word for word.
// - Day rule (spec.go dayMatches): if day-of-month or day-of-week carries the "star bit", both must
//   match, otherwise either may. The star bit is set by a `*` or `?` item without a step or with
//   step 1; v3.0.1 drops it for a step above 1, so `*/2` counts as restricted (robfig issue #70).
// - Next (spec.go SpecSchedule.Next): the smallest whole minute strictly after t that matches,
//   found by robfig's odometer over month, day, hour, minute, second in the schedule's zone, with
//   Go's `time.Date` normalisation of wall times that do not exist or exist twice. Nothing within
//   t's year + 5: no time (null here, the zero time upstream).
// - @every (constantdelay.go): Next(t) = t truncated to the second + d, where d is at least 1s and
//   whole seconds. Not aligned to the clock.
//
// Daylight saving time, as robfig's algorithm gives it (checked against robfig v3.0.1 itself):
// - A wall time inside a spring-forward gap does not exist and is skipped that day (`0 2 * * *`
//   on the US spring-forward day next fires the day after; `0 * * * *` goes 01:00 EST → 03:00 EDT).
// - A wall time inside a fall-back repeat fires at both instants (`30 1 * * *` on the US
//   fall-back day fires at 01:30 EDT and again at 01:30 EST; `0 * * * *` fires at 01:00 twice).
// - Zones whose transitions are not whole hours or fall at midnight meet robfig's own quirks (its
//   hour loop steps absolute hours; its day loop nudges a non-midnight result by whole hours). They
//   are reproduced, not corrected: see `literalNext`.
//
// How it is fast: `next` first solves the schedule on the wall clock with precomputed lookup tables
// (pure integer arithmetic, no time-zone calls) and maps the result back with the offset of a cached
// "quiet interval" (a stretch of time far enough from any zone transition that robfig's algorithm is
// plain wall-clock arithmetic). Near a transition it falls back to `literalNext`, a step-by-step
// re-enactment of robfig's loops on top of an emulation of Go's time.Date/AddDate/Add/Truncate.
// Zone offsets come from Intl, sampled once per zone and ~194-day chunk and cached as transition
// lists; nothing here reads the clock or a random source.
//
// `referenceNext` is a second, independent implementation built on the cron-parser package, with
// every place it differs from robfig adapted explicitly (listed at the function). The property
// test compares the two.

import { CronExpressionParser } from 'cron-parser';

// ---------------------------------------------------------------------------------------------
// Public types

/** A parsed schedule. `next` returns epoch ms strictly after `afterMs`, or null (never again). */
export interface CronSchedule {
  /** the smallest schedule time strictly after afterMs (epoch ms), or null when none within
   * afterMs's year + 5 (robfig returns the zero time) */
  next(afterMs: number): number | null;
  /** @every schedules: the constant delay in ms (whole seconds, at least 1000) */
  readonly every?: number;
  /** 'spec' for cron fields and descriptors like @daily, 'every' for @every (always set by
   * parseSchedule; optional so that tests may pass plain `{ next }` objects) */
  readonly kind?: 'spec' | 'every';
  /** the zone wall times are evaluated in: the TZ= prefix, else the timeZone argument, else UTC */
  readonly timeZone?: string;
}

/** A parse failure: robfig's own error text, and a friendlier phrase for people. */
export interface ScheduleError {
  /** robfig/cron v3.0.1's error text, word for word where robfig has one */
  error: string;
  /** a friendlier explanation, without the expression (see describeScheduleError) */
  detail: string;
}

export type ParseResult = { schedule: CronSchedule } | ScheduleError;

const FieldNames = ['minute', 'hour', 'day-of-month', 'month', 'day-of-week'] as const;

// ---------------------------------------------------------------------------------------------
// Go helpers: strings.Fields / TrimSpace, strconv.Quote, strconv.Atoi, time.ParseDuration

// unicode.IsSpace: \t \n \v \f \r space U+0085 U+00A0 and the White_Space separators.
const GoSpace = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const goSpaceRun = new RegExp(`[${GoSpace}]+`, 'u');
const goTrim = new RegExp(`^[${GoSpace}]+|[${GoSpace}]+$`, 'gu');

function goFields(s: string): string[] {
  return s.split(goSpaceRun).filter((x) => x.length > 0);
}

/** strconv.Quote for the strings a cron expression can hold (printable runes kept as they are). */
function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c >= 0x80 && c <= 0x9f) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** time's own quote(): like strconv.Quote for ASCII, other bytes as \xNN. */
function goTimeQuote(s: string): string {
  let out = '"';
  const bytes = new TextEncoder().encode(s);
  for (const b of bytes) {
    if (b >= 0x80 || b < 0x20) out += `\\x${b.toString(16).padStart(2, '0')}`;
    else if (b === 0x22 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else out += String.fromCharCode(b);
  }
  return out + '"';
}

const Int64Max = (1n << 63n) - 1n;

/** strconv.Atoi on a 64-bit platform: a BigInt, or the NumError text. */
function goAtoi(s: string): { value: bigint } | { error: string } {
  const syntax = { error: `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax` };
  const range = { error: `strconv.Atoi: parsing ${goQuote(s)}: value out of range` };
  if (s.length === 0) return syntax;
  let i = 0;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    i = 1;
    if (s.length === 1) return syntax;
  }
  // Go's fast path (fewer than 19 bytes) checks every byte; the slow path (ParseUint) stops at the
  // first overflow before looking at later bytes. Both report syntax errors for non-digits.
  const bytes = new TextEncoder().encode(s);
  const fast = bytes.length < 19;
  let n = 0n;
  for (let j = i; j < bytes.length; j++) {
    const b = bytes[j]!;
    const d = b - 48;
    if (d < 0 || d > 9) {
      // ParseUint accepts letters as digits only below the base; for base 10 any letter is a syntax error
      return syntax;
    }
    n = n * 10n + BigInt(d);
    if (!fast && n > (neg ? Int64Max + 1n : Int64Max) && n > 18446744073709551615n) return range;
  }
  if (!fast && n > (neg ? Int64Max + 1n : Int64Max)) return range;
  return { value: neg ? -n : n };
}

const DurationUnitsNs: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n, // U+00B5
  'μs': 1_000n, // U+03BC
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** time.ParseDuration (Go 1.19): nanoseconds, or Go's error text. */
export function goParseDuration(orig: string): { ns: bigint } | { error: string } {
  const invalid = { error: `time: invalid duration ${goTimeQuote(orig)}` };
  let s = orig;
  let neg = false;
  if (s !== '') {
    const c = s[0];
    if (c === '-' || c === '+') {
      neg = c === '-';
      s = s.slice(1);
    }
  }
  if (s === '0') return { ns: 0n };
  if (s === '') return invalid;
  let d = 0n;
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return invalid;
    // leadingInt
    let i = 0;
    let v = 0n;
    for (; i < s.length && isDigit(s[i]); i++) {
      if (v > (1n << 63n) / 10n) return invalid; // overflow
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > 1n << 63n) return invalid;
    }
    const pre = i > 0;
    s = s.slice(i);
    let post = false;
    let f = 0n;
    let scale = 1;
    if (s !== '' && s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      for (; j < s.length && isDigit(s[j]); j++) {
        if (overflow) continue;
        if (f > ((1n << 63n) - 1n) / 10n) {
          overflow = true;
          continue;
        }
        const y = f * 10n + BigInt(s.charCodeAt(j) - 48);
        if (y > 1n << 63n) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) return invalid;
    let k = 0;
    for (; k < s.length; k++) {
      const c = s[k]!;
      if (c === '.' || isDigit(c)) break;
    }
    if (k === 0) return { error: `time: missing unit in duration ${goTimeQuote(orig)}` };
    const u = s.slice(0, k);
    s = s.slice(k);
    const unit = DurationUnitsNs[u];
    if (unit === undefined) return { error: `time: unknown unit ${goTimeQuote(u)} in duration ${goTimeQuote(orig)}` };
    if (v > (1n << 63n) / unit) return invalid;
    v *= unit;
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > 1n << 63n) return invalid;
    }
    d += v;
    if (d > 1n << 63n) return invalid;
  }
  if (neg) return { ns: -d };
  if (d > (1n << 63n) - 1n) return invalid;
  return { ns: d };
}

// ---------------------------------------------------------------------------------------------
// Parsing (parser.go)

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MinuteBounds: Bounds = { min: 0, max: 59 };
const HourBounds: Bounds = { min: 0, max: 23 };
const DomBounds: Bounds = { min: 1, max: 31 };
const MonthBounds: Bounds = {
  min: 1,
  max: 12,
  names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
};
const DowBounds: Bounds = { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } };
const AllBounds = [MinuteBounds, HourBounds, DomBounds, MonthBounds, DowBounds];

/** One field as a set of values (index = value) plus robfig's star bit. */
interface FieldSet {
  bits: boolean[];
  star: boolean;
}

/** The five fields of a spec schedule (seconds are always {0} with ParseStandard). */
export interface SpecFields {
  minute: FieldSet;
  hour: FieldSet;
  dom: FieldSet;
  month: FieldSet;
  dow: FieldSet;
}

type Fail = ScheduleError;

function fail(error: string, detail: string): Fail {
  return { error, detail };
}

function nameHint(b: Bounds): string {
  if (b === MonthBounds) return ' nor a month name (jan-dec)';
  if (b === DowBounds) return ' nor a day name (sun-sat)';
  return '';
}

/** mustParseInt: Atoi, and no negative numbers. */
function mustParseInt(expr: string, field: number, what: string): { value: bigint } | Fail {
  const r = goAtoi(expr);
  if ('error' in r) {
    const b = AllBounds[field]!;
    const tooBig = r.error.endsWith('value out of range');
    return fail(
      `failed to parse int from ${expr}: ${r.error}`,
      tooBig ? `${FieldNames[field]}: ${goQuote(expr)} is too large` : `${FieldNames[field]}: ${what} ${goQuote(expr)} is not a number${nameHint(b)}`,
    );
  }
  if (r.value < 0n) return fail(`negative number (${r.value}) not allowed: ${expr}`, `${FieldNames[field]}: ${what} ${r.value} must not be negative`);
  return r;
}

function parseIntOrName(expr: string, field: number, what: string): { value: bigint } | Fail {
  const names = AllBounds[field]!.names;
  if (names !== undefined) {
    const v = names[expr.toLowerCase()];
    if (v !== undefined) return { value: BigInt(v) };
  }
  return mustParseInt(expr, field, what);
}

/** getRange: one comma item. */
function getRange(expr: string, field: number, set: FieldSet): Fail | null {
  const r = AllBounds[field]!;
  const fname = FieldNames[field];
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0]!.split('-');
  const singleDigit = lowAndHigh.length === 1;
  let start: bigint;
  let end: bigint;
  let step: bigint;
  let extra = false;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    // note: anything after "*-" is ignored, as upstream does ("*-5" is "*")
    start = BigInt(r.min);
    end = BigInt(r.max);
    extra = true;
  } else {
    const s = parseIntOrName(lowAndHigh[0]!, field, 'value');
    if ('error' in s) return s;
    start = s.value;
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) {
      const e = parseIntOrName(lowAndHigh[1]!, field, 'value');
      if ('error' in e) return e;
      end = e.value;
    } else return fail(`too many hyphens: ${expr}`, `${fname}: ${goQuote(expr)} has too many "-"`);
  }
  if (rangeAndStep.length === 1) step = 1n;
  else if (rangeAndStep.length === 2) {
    const st = mustParseInt(rangeAndStep[1]!, field, 'step');
    if ('error' in st) return st;
    step = st.value;
    // "N/step" means "N-max/step"
    if (singleDigit) end = BigInt(r.max);
    if (step > 1n) extra = false;
  } else return fail(`too many slashes: ${expr}`, `${fname}: ${goQuote(expr)} has too many "/"`);

  const hint = field === 4 && end === 7n ? ' (Sunday is 0 or sun)' : '';
  if (start < BigInt(r.min)) return fail(`beginning of range (${start}) below minimum (${r.min}): ${expr}`, `${fname} ${start} out of range ${r.min}-${r.max}`);
  if (end > BigInt(r.max)) return fail(`end of range (${end}) above maximum (${r.max}): ${expr}`, `${fname} ${end} out of range ${r.min}-${r.max}${hint}`);
  if (start > end) return fail(`beginning of range (${start}) beyond end of range (${end}): ${expr}`, `${fname} range ${goQuote(expr)} runs backwards (${start} > ${end})`);
  if (step === 0n) return fail(`step of range should be a positive number: ${expr}`, `${fname} step must be a positive number in ${goQuote(expr)}`);
  const s0 = Number(start);
  const e0 = Number(end);
  const st = step > 64n ? 64 : Number(step);
  for (let i = s0; i <= e0; i += st) set.bits[i] = true;
  if (extra) set.star = true;
  return null;
}

/** getField: a comma-separated list of ranges (empty items are skipped, as strings.FieldsFunc does). */
function getField(text: string, field: number): FieldSet | Fail {
  const set: FieldSet = { bits: new Array<boolean>(AllBounds[field]!.max + 1).fill(false), star: false };
  for (const item of text.split(',')) {
    if (item === '') continue;
    const e = getRange(item, field, set);
    if (e !== null) return e;
  }
  return set;
}

function fullSet(field: number, star: boolean): FieldSet {
  const b = AllBounds[field]!;
  const bits = new Array<boolean>(b.max + 1).fill(false);
  for (let i = b.min; i <= b.max; i++) bits[i] = true;
  return { bits, star };
}

function singleSet(field: number, v: number): FieldSet {
  const bits = new Array<boolean>(AllBounds[field]!.max + 1).fill(false);
  bits[v] = true;
  return { bits, star: false };
}

function descriptorFields(d: string): SpecFields | null {
  const at = (m: number, h: number) => ({ minute: singleSet(0, m), hour: singleSet(1, h) });
  switch (d) {
    case '@yearly':
    case '@annually':
      return { ...at(0, 0), dom: singleSet(2, 1), month: singleSet(3, 1), dow: fullSet(4, true) };
    case '@monthly':
      return { ...at(0, 0), dom: singleSet(2, 1), month: fullSet(3, true), dow: fullSet(4, true) };
    case '@weekly':
      return { ...at(0, 0), dom: fullSet(2, true), month: fullSet(3, true), dow: singleSet(4, 0) };
    case '@daily':
    case '@midnight':
      return { ...at(0, 0), dom: fullSet(2, true), month: fullSet(3, true), dow: fullSet(4, true) };
    case '@hourly':
      return { minute: singleSet(0, 0), hour: fullSet(1, true), dom: fullSet(2, true), month: fullSet(3, true), dow: fullSet(4, true) };
  }
  return null;
}

/** What the text says, before a zone is attached. */
type Parsed =
  | { kind: 'spec'; fields: SpecFields; location: string | null }
  | { kind: 'every'; delayMs: number; location: string | null };

/**
 * time.LoadLocation as far as Intl can tell: the zone's canonical rules, or Go's error text.
 * "" and "UTC" are UTC; "Local" is the caller's business. Intl is more lenient than Go's file
 * lookup in two ways that are closed here: it ignores case ("europe/berlin"), and it knows
 * custom ids. Remaining difference: an alias spelled in the wrong case inside a segment is
 * accepted ("Asia/KOlkata"); Go would not find the file.
 */
export function loadLocation(name: string): { zone: string } | { error: string } {
  if (name === '' || name === 'UTC') return { zone: 'UTC' };
  const unknown = { error: `unknown time zone ${name}` };
  if (name.includes('..') || name.startsWith('/') || name.startsWith('\\')) return { error: 'time: invalid location name' };
  // IANA names: segments of letters, digits, '-', '_', '+', and each segment starts with a capital
  // or a digit ("Etc/GMT+5", "EST5EDT", "America/Port-au-Prince"); offsets like "+01:00" are not names.
  if (!/^[A-Za-z0-9_+\-/]+$/.test(name)) return unknown;
  for (const part of name.split('/')) if (!/^[A-Z0-9]/.test(part)) return unknown;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return unknown;
  }
  if (resolved !== name && resolved.toLowerCase() === name.toLowerCase()) return unknown;
  return { zone: name };
}

function parseSpec(spec: string): Parsed | Fail {
  if (spec.length === 0) return fail('empty spec string', 'empty schedule');
  let location: string | null = null;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const i = spec.indexOf(' ');
    const eq = spec.indexOf('=');
    if (i < 0) {
      // Upstream slices spec[eq+1:-1] here and panics; report it instead.
      const name = spec.slice(eq + 1);
      return fail(`provided bad location ${name}: no space after the time zone (robfig/cron panics on this input)`, `the ${spec.slice(0, eq + 1)} prefix must be followed by a space and the schedule`);
    }
    const name = spec.slice(eq + 1, i);
    if (name === 'Local') location = null;
    else {
      const l = loadLocation(name);
      if ('error' in l) return fail(`provided bad location ${name}: ${l.error}`, `unknown time zone ${goQuote(name)} in the ${spec.slice(0, eq + 1)} prefix`);
      location = l.zone;
    }
    spec = spec.slice(i).replace(goTrim, '');
  }
  if (spec.startsWith('@')) {
    const f = descriptorFields(spec);
    if (f !== null) return { kind: 'spec', fields: f, location };
    const every = '@every ';
    if (spec.startsWith(every)) {
      const d = goParseDuration(spec.slice(every.length));
      if ('error' in d) return fail(`failed to parse duration ${spec}: ${d.error}`, `@every: ${d.error.replace(/^time: /, '')} (Go syntax, e.g. 90s, 1h30m)`);
      // Every(): under a second becomes a second; the fraction below a second is dropped
      let ns = d.ns;
      if (ns < 1_000_000_000n) ns = 1_000_000_000n;
      const seconds = ns / 1_000_000_000n;
      return { kind: 'every', delayMs: Number(seconds) * 1000, location };
    }
    return fail(`unrecognized descriptor: ${spec}`, `unknown descriptor ${goQuote(spec)} (use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every DURATION)`);
  }
  const fields = goFields(spec);
  if (fields.length !== 5) {
    return fail(
      `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`,
      `expected 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}`,
    );
  }
  const sets: FieldSet[] = [];
  for (let k = 0; k < 5; k++) {
    const r = getField(fields[k]!, k);
    if ('error' in r) return r;
    sets.push(r);
  }
  return { kind: 'spec', fields: { minute: sets[0]!, hour: sets[1]!, dom: sets[2]!, month: sets[3]!, dow: sets[4]! }, location };
}

/**
 * ParseStandard. `timeZone` is the zone the schedule is evaluated in when the expression has no
 * TZ= prefix (upstream: the zone of the time passed to Next, i.e. the controller's spec.timeZone
 * via "TZ=zone expr", else the controller process's zone); default UTC. `TZ=Local` means the same.
 */
export function parseSchedule(expr: string, timeZone?: string): ParseResult {
  const p = parseSpec(expr);
  if ('error' in p) return p;
  let zone = p.location;
  if (zone === null) {
    if (timeZone === undefined || timeZone === '' || timeZone === 'UTC') zone = 'UTC';
    else {
      const l = loadLocation(timeZone);
      if ('error' in l) return fail(l.error, `unknown time zone ${goQuote(timeZone)}`);
      zone = l.zone;
    }
  }
  if (p.kind === 'every') return { schedule: new EverySchedule(p.delayMs, zone) };
  return { schedule: new SpecSchedule(p.fields, zoneRules(zone)) };
}

/**
 * A friendlier one-line description of a parse failure, e.g.
 * `"0 25 * * *": hour 25 out of range 0-23`. Pass the error from parseSchedule, or nothing to
 * parse again; null when the expression parses.
 */
export function describeScheduleError(expr: string, err?: ScheduleError, timeZone?: string): string | null {
  let e = err;
  if (e === undefined) {
    const r = parseSchedule(expr, timeZone);
    if (!('error' in r)) return null;
    e = r;
  }
  return `${JSON.stringify(expr)}: ${e.detail}`;
}

// ---------------------------------------------------------------------------------------------
// Time zones

/**
 * validateTimeZone (pkg/apis/batch/validation): the CronJob `spec.timeZone` rules. Returns the
 * upstream error text, or null when the zone is fine.
 */
export function validateTimeZone(tz: string): string | null {
  if (tz.length === 0) return 'timeZone must be nil or non-empty string';
  for (const part of tz.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !/^[A-Za-z.\-_0-9+]{1,14}$/.test(part)) return `unknown time zone ${tz}`;
  }
  if (tz.toLowerCase() === 'local') return 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones';
  const l = loadLocation(tz);
  return 'error' in l ? l.error : null;
}

// Civil calendar arithmetic on days since 1970-01-01 (proleptic Gregorian, H. Hinnant's algorithms).

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function mod(a: number, b: number): number {
  const r = a % b;
  return r < 0 ? r + b : r;
}

export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5) + d - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month 1-12, day 1-31] */
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const d = doy - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MonthDays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MonthDays[m]!;
}

/** Chunk of the zone cache, in seconds (about 194 days). */
const ChunkSeconds = 1 << 24;
/** Offsets are sampled this often inside a chunk; a transition pair closer than this is missed. */
const SampleSeconds = 43_200;
/** Intl (and so this cache) is asked about years 1000..9999 only; outside, the edge offset holds. */
const MinZoneSecond = -30_610_224_000; // 1000-01-01T00:00:00Z
const MaxZoneSecond = 253_402_300_799; // 9999-12-31T23:59:59Z

interface QuietInterval {
  lo: number;
  hi: number;
  off: number;
}

/**
 * Offsets of one IANA zone, computed lazily from Intl and cached per chunk as
 * [offset at chunk start, T1, offset from T1, T2, offset from T2, ...] (seconds).
 */
export class ZoneRules {
  readonly name: string;
  readonly fixed: boolean;
  private readonly fmt: Intl.DateTimeFormat | null;
  private readonly chunks = new Map<number, number[]>();
  private quiet: QuietInterval = { lo: 1, hi: 0, off: 0 };

  constructor(name: string) {
    this.name = name;
    this.fixed = name === 'UTC';
    this.fmt = this.fixed
      ? null
      : new Intl.DateTimeFormat('en-US', {
          timeZone: name,
          hourCycle: 'h23',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
        });
  }

  /** The offset at an instant, asked of Intl directly (seconds east of UTC). */
  intlOffset(sec: number): number {
    if (this.fmt === null) return 0;
    const s = Math.min(Math.max(sec, MinZoneSecond), MaxZoneSecond);
    const text = this.fmt.format(s * 1000); // "MM/DD/YYYY, HH:MM:SS"
    const m = /^(\d\d)\/(\d\d)\/(\d+), (\d\d):(\d\d):(\d\d)$/.exec(text);
    if (m === null) throw new Error(`schedule: unexpected Intl output ${JSON.stringify(text)} for zone ${this.name}`);
    const wall = daysFromCivil(Number(m[3]), Number(m[1]), Number(m[2])) * 86400 + Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6]);
    return wall - s;
  }

  private chunk(k: number): number[] {
    let c = this.chunks.get(k);
    if (c !== undefined) return c;
    c = [];
    const start = k * ChunkSeconds;
    const end = start + ChunkSeconds;
    if (this.fmt === null || end <= MinZoneSecond || start > MaxZoneSecond) {
      c.push(this.intlOffset(start));
    } else {
      let prevT = start;
      let prevOff = this.intlOffset(start);
      c.push(prevOff);
      for (let p = start + SampleSeconds; ; p += SampleSeconds) {
        const q = Math.min(p, end);
        const qOff = this.intlOffset(q);
        // bisect (prevT, q] for each change; repeat if the end offset is not reached in one step
        let lo = prevT;
        let loOff = prevOff;
        while (loOff !== qOff) {
          let a = lo;
          let b = q;
          while (b - a > 1) {
            const mid = Math.floor((a + b) / 2);
            if (this.intlOffset(mid) === loOff) a = mid;
            else b = mid;
          }
          const off = this.intlOffset(b);
          c.push(b, off);
          lo = b;
          loOff = off;
        }
        prevT = q;
        prevOff = qOff;
        if (q >= end) break;
      }
    }
    this.chunks.set(k, c);
    return c;
  }

  /** Seconds east of UTC at instant `sec`. */
  offsetAt(sec: number): number {
    if (this.fixed) return 0;
    const q = this.quiet;
    if (sec >= q.lo && sec < q.hi) return q.off;
    const c = this.chunk(Math.floor(sec / ChunkSeconds));
    let off = c[0]!;
    for (let i = 1; i < c.length && c[i]! <= sec; i += 2) off = c[i + 1]!;
    return off;
  }

  /** Whether any transition T has from < T <= to. */
  hasTransitionIn(from: number, to: number): boolean {
    if (this.fixed || to <= from) return false;
    const q = this.quiet;
    if (from >= q.lo && to < q.hi) return false;
    for (let k = Math.floor(from / ChunkSeconds); k * ChunkSeconds <= to; k++) {
      const c = this.chunk(k);
      for (let i = 1; i < c.length; i += 2) if (c[i]! > from && c[i]! <= to) return true;
    }
    return false;
  }

  /** Transitions (time, offset before, offset after) with from < T <= to, in order. */
  transitionsIn(from: number, to: number): Array<{ t: number; before: number; after: number }> {
    const out: Array<{ t: number; before: number; after: number }> = [];
    if (this.fixed || to <= from) return out;
    for (let k = Math.floor(from / ChunkSeconds); k * ChunkSeconds <= to; k++) {
      const c = this.chunk(k);
      let off = c[0]!;
      for (let i = 1; i < c.length; i += 2) {
        const t = c[i]!;
        if (t > from && t <= to) out.push({ t, before: off, after: c[i + 1]! });
        off = c[i + 1]!;
      }
    }
    return out;
  }

  /**
   * A stretch [lo, hi) around `sec` with one offset, shrunk by |shift| + 1h at each transition
   * edge, where robfig's algorithm is exact wall-clock arithmetic. Searches at most `horizon`
   * seconds ahead (the edge is then artificial but still safe). Null when `sec` is near a transition.
   */
  quietAround(sec: number, horizon: number): QuietInterval | null {
    if (this.fixed) return { lo: -Infinity, hi: Infinity, off: 0 };
    const q0 = this.quiet;
    if (sec >= q0.lo && sec + horizon < q0.hi) return q0;
    const k = Math.floor(sec / ChunkSeconds);
    // last transition <= sec, looking back two chunks
    let lo = (k - 2) * ChunkSeconds;
    let off = this.chunk(k - 2)[0]!;
    for (let j = k - 2; j <= k; j++) {
      const c = this.chunk(j);
      let before = c[0]!;
      for (let i = 1; i < c.length; i += 2) {
        const t = c[i]!;
        if (t > sec) break;
        const after = c[i + 1]!;
        lo = t + Math.abs(after - before) + 3600;
        off = after;
        before = after;
      }
    }
    // first transition > sec, up to the horizon
    let hi = Infinity;
    const lastChunk = Math.floor((sec + horizon) / ChunkSeconds) + 1;
    outer: for (let j = k; j <= lastChunk; j++) {
      const c = this.chunk(j);
      let before = c[0]!;
      for (let i = 1; i < c.length; i += 2) {
        const t = c[i]!;
        const after = c[i + 1]!;
        if (t > sec) {
          hi = t - Math.abs(after - before) - 3600;
          break outer;
        }
        before = after;
      }
      if (j === lastChunk) hi = (lastChunk + 1) * ChunkSeconds;
    }
    if (!(sec >= lo && sec < hi)) return null;
    const q = { lo, hi, off };
    this.quiet = q;
    return q;
  }
}

const zoneCache = new Map<string, ZoneRules>();

/** The cached rules of a loadable zone name (see parseSchedule for which names load). */
export function zoneRules(name: string): ZoneRules {
  let z = zoneCache.get(name);
  if (z === undefined) {
    z = new ZoneRules(name);
    zoneCache.set(name, z);
  }
  return z;
}

/**
 * RFC 3339 with second precision in `timeZone` (default UTC), as Go's time.RFC3339 layout prints
 * it: `Z` whenever the offset is zero, else `+02:00` (an offset's seconds are not shown).
 * Used for the Job annotation batch.kubernetes.io/cronjob-scheduled-timestamp.
 */
export function formatInZone(ms: number, timeZone?: string): string {
  const sec = Math.floor(ms / 1000);
  let off = 0;
  if (timeZone !== undefined && timeZone !== '' && timeZone !== 'UTC') {
    const l = loadLocation(timeZone);
    if ('error' in l) throw new Error(`formatInZone: ${l.error}`);
    off = zoneRules(l.zone).offsetAt(sec);
  }
  const w = sec + off;
  const days = floorDiv(w, 86400);
  const sod = w - days * 86400;
  const [y, m, d] = civilFromDays(days);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const date = `${String(y).padStart(4, '0')}-${p2(m)}-${p2(d)}T${p2(Math.floor(sod / 3600))}:${p2(Math.floor(sod / 60) % 60)}:${p2(sod % 60)}`;
  if (off === 0) return `${date}Z`;
  const offMin = Math.trunc(off / 60);
  const sign = offMin < 0 ? '-' : '+';
  const a = Math.abs(offMin);
  return `${date}${sign}${p2(Math.floor(a / 60))}:${p2(a % 60)}`;
}

// ---------------------------------------------------------------------------------------------
// Schedules

class EverySchedule implements CronSchedule {
  readonly kind = 'every' as const;
  readonly every: number;
  readonly timeZone: string;
  constructor(delayMs: number, timeZone: string) {
    this.every = delayMs;
    this.timeZone = timeZone;
  }
  /** ConstantDelaySchedule.Next: t - t's sub-second part + delay. */
  next(afterMs: number): number {
    return Math.floor(afterMs / 1000) * 1000 + this.every;
  }
}

/** Iteration limit of literalNext (robfig needs a few thousand at most: 6 years of month steps). */
const LiteralStepLimit = 5_000_000;
/**
 * Thrown by literalNext past its limit. robfig's Next never returns for a few schedules across a
 * skipped day (Pacific/Kiritimati, 31 December 1994); such a schedule is taken as never firing
 * again (README, known differences) instead of hanging as upstream's worker would.
 */
const LiteralStepsExhausted = new Error('schedule: robfig emulation exceeded its step limit');

/** A spec schedule with the lookup tables of the fast path. */
export class SpecSchedule implements CronSchedule {
  readonly kind = 'spec' as const;
  readonly timeZone: string;
  readonly fields: SpecFields;
  readonly zone: ZoneRules;
  private readonly minuteOk: Uint8Array;
  private readonly hourOk: Uint8Array;
  private readonly monthOk: Uint8Array;
  private readonly domOk: Uint8Array;
  private readonly dowOk: Uint8Array;
  private readonly andDays: boolean;
  /** smallest allowed value >= index, or -1 */
  private readonly nextMinute: Int8Array;
  private readonly nextHour: Int8Array;
  private readonly nextMonth: Int8Array;
  /** [(dowOfFirst * 4 + daysInMonth - 28) * 33 + day] = smallest matching day >= day, or 0 */
  private readonly nextDay: Int8Array;
  /** no wall time can ever match (an empty field, or only impossible dates like Feb 30) */
  readonly never: boolean;

  constructor(fields: SpecFields, zone: ZoneRules) {
    this.fields = fields;
    this.zone = zone;
    this.timeZone = zone.name;
    const bytes = (f: FieldSet) => Uint8Array.from(f.bits, (b) => (b ? 1 : 0));
    this.minuteOk = bytes(fields.minute);
    this.hourOk = bytes(fields.hour);
    this.monthOk = bytes(fields.month);
    this.domOk = bytes(fields.dom);
    this.dowOk = bytes(fields.dow);
    this.andDays = fields.dom.star || fields.dow.star;
    const nextOf = (ok: Uint8Array, size: number) => {
      const t = new Int8Array(size + 1).fill(-1);
      for (let v = size - 1; v >= 0; v--) t[v] = ok[v] ? v : t[v + 1]!;
      return t;
    };
    this.nextMinute = nextOf(this.minuteOk, 60);
    this.nextHour = nextOf(this.hourOk, 24);
    this.nextMonth = nextOf(this.monthOk, 13);
    this.nextDay = new Int8Array(7 * 4 * 33);
    for (let dow1 = 0; dow1 < 7; dow1++) {
      for (let dim = 28; dim <= 31; dim++) {
        const base = (dow1 * 4 + dim - 28) * 33;
        let nd = 0;
        for (let d = 32; d >= 1; d--) {
          if (d <= dim && this.dayMatches(d, (dow1 + d - 1) % 7)) nd = d;
          this.nextDay[base + d] = nd;
        }
      }
    }
    let anyDay = false;
    for (let m = 1; m <= 12 && !anyDay; m++) {
      if (!this.monthOk[m]) continue;
      const maxDay = m === 2 ? 29 : MonthDays[m]!;
      for (let d = 1; d <= maxDay && !anyDay; d++) for (let w = 0; w < 7 && !anyDay; w++) if (this.dayMatches(d, w)) anyDay = true;
    }
    const noMonth = this.nextMonth[1] === -1;
    this.never = noMonth || this.nextMinute[0] === -1 || this.nextHour[0] === -1;
    this.noDay = !this.never && !anyDay;
  }

  /**
   * No allowed month has a matching day (`31 nov`). In a zone without transitions nothing ever
   * fires; where the clocks jump at midnight, robfig's month loop can slip past the month check
   * and fire anyway (a month added onto a missing midnight keeps the hour before it), so the
   * literal emulation decides.
   */
  readonly noDay: boolean;

  /** dayMatches (spec.go): AND when either field has the star bit, otherwise OR. */
  private dayMatches(d: number, wd: number): boolean {
    const dom = this.domOk[d] === 1;
    const dow = this.dowOk[wd] === 1;
    return this.andDays ? dom && dow : dom || dow;
  }

  /** Whether a wall-clock minute matches the fields (no zone involved). */
  matchesWall(y: number, m: number, d: number, h: number, mi: number): boolean {
    const wd = mod(daysFromCivil(y, m, d) + 4, 7);
    return this.monthOk[m] === 1 && this.dayMatches(d, wd) && this.hourOk[h] === 1 && this.minuteOk[mi] === 1;
  }

  /** the last few questions and answers: a CronJob sync asks the same ones again and again */
  private readonly memoIn = new Float64Array(4).fill(NaN);
  private readonly memoOut: (number | null)[] = [null, null, null, null];
  private memoAt = 0;

  next(afterMs: number): number | null {
    const memoIn = this.memoIn;
    for (let i = 0; i < 4; i++) if (memoIn[i] === afterMs) return this.memoOut[i]!;
    const out = this.nextUncached(afterMs);
    const at = this.memoAt;
    memoIn[at] = afterMs;
    this.memoOut[at] = out;
    this.memoAt = (at + 1) & 3;
    return out;
  }

  /** Next without the memo (what a call costs when the question is new; the benchmark measures this). */
  nextUncached(afterMs: number): number | null {
    if (this.never) return null;
    if (this.noDay) return this.zone.fixed ? null : this.slow(Math.floor(afterMs / 1000) + 1);
    const t = Math.floor(afterMs / 1000) + 1; // the upcoming second
    const zone = this.zone;
    let off: number;
    let q: QuietInterval | null;
    if (zone.fixed) {
      off = 0;
      q = null;
    } else {
      q = zone.quietAround(t, 2 * 86400);
      if (q === null || q.off % 60 !== 0) return this.slow(t);
      off = q.off;
    }
    const wall = this.wallNext(t + off);
    if (wall !== wall) return zone.fixed ? null : this.slow(t); // NaN: nothing within 5 years
    const cand = wall - off;
    if (q !== null) {
      // the literal algorithm may first step back to the start of t's month, day or hour
      const windowStart = t - this.resetBack;
      if (!(windowStart >= q.lo && cand < q.hi)) {
        const q2 = zone.quietAround(t, cand - t + 86400);
        if (q2 === null || !(windowStart >= q2.lo && cand < q2.hi) || q2.off !== off) return this.slow(t);
      }
    }
    return cand * 1000;
  }

  /** Set by wallNext: how far (seconds) robfig's first reset steps back from w. */
  resetBack = 0;

  /**
   * robfig's Next on a clock without transitions: the smallest wall minute >= w (wall seconds)
   * matching the fields, within w's year + 5; NaN when none. Sets `resetBack`: how far robfig's
   * first reset steps back from w (to the start of its month, day or hour), for the quiet check.
   */
  wallNext(w: number): number {
    const days = Math.floor(w / 86400);
    const sod = w - days * 86400;
    // civilFromDays, inlined (no array on the hot path)
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    let d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    let m = mp < 10 ? mp + 3 : mp - 9;
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    const yearLimit = y + 5;
    let h = Math.floor(sod / 3600);
    let mi = Math.floor(sod / 60) % 60;
    // robfig's first loop that fails resets to the start of that unit
    let resetBack = 0;
    const dim0 = daysIn(y, m);
    const dow1First = mod(days - (d - 1) + 4, 7);
    let dow1 = dow1First;
    let dow1Of = y * 16 + m;
    if (!this.monthOk[m]) resetBack = (d - 1) * 86400 + sod;
    else if (this.nextDay[(dow1First * 4 + dim0 - 28) * 33 + d] !== d) resetBack = sod;
    else if (!this.hourOk[h]) resetBack = sod % 3600;
    this.resetBack = resetBack;
    // start at the upcoming whole minute
    if (sod % 60 !== 0) {
      mi++;
      if (mi === 60) {
        mi = 0;
        h++;
        if (h === 24) {
          h = 0;
          d++;
          if (d > dim0) {
            d = 1;
            m++;
            if (m === 13) {
              m = 1;
              y++;
            }
          }
        }
      }
    }
    for (let guard = 0; guard < 100_000; guard++) {
      if (y > yearLimit) return NaN;
      if (!this.monthOk[m]) {
        const nm = this.nextMonth[m]!;
        if (nm < 0) {
          y++;
          m = this.nextMonth[1]!;
        } else m = nm;
        d = 1;
        h = 0;
        mi = 0;
        continue;
      }
      const dim = daysIn(y, m);
      if (dow1Of !== y * 16 + m) {
        dow1 = mod(daysFromCivil(y, m, 1) + 4, 7);
        dow1Of = y * 16 + m;
      }
      const nd = this.nextDay[(dow1 * 4 + dim - 28) * 33 + d]!;
      if (nd === 0) {
        m++;
        if (m === 13) {
          m = 1;
          y++;
        }
        d = 1;
        h = 0;
        mi = 0;
        continue;
      }
      if (nd !== d) {
        d = nd;
        h = 0;
        mi = 0;
      }
      if (!this.hourOk[h]) {
        const nh = this.nextHour[h]!;
        if (nh < 0) {
          // next day; a day past the month's end finds no match in nextDay and carries the month
          h = 0;
          mi = 0;
          d++;
          continue;
        }
        h = nh;
        mi = 0;
      }
      if (!this.minuteOk[mi]) {
        const nmi = this.nextMinute[mi]!;
        if (nmi < 0) {
          mi = 0;
          h++;
          if (h === 24) {
            h = 0;
            d++;
          }
          continue;
        }
        mi = nmi;
      }
      return (daysFromCivil(y, m, d) * 86400 + h * 3600 + mi * 60);
    }
    throw new Error(`schedule: wall-clock search did not converge from ${w}`);
  }

  /** The literal path, used near zone transitions: robfig's loops step by step. */
  private slow(t: number): number | null {
    let r: number | null;
    try {
      r = literalNext(this, t);
    } catch (e) {
      if (e !== LiteralStepsExhausted) throw e;
      r = null;
    }
    return r === null ? null : r * 1000;
  }
}

/** Wall fields of an instant in a zone, as Go's Time accessors give them. */
interface GoFields {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  wd: number;
}

function goFieldsAt(zone: ZoneRules, t: number): GoFields {
  const w = t + zone.offsetAt(t);
  const days = floorDiv(w, 86400);
  const sod = w - days * 86400;
  const [y, mo, d] = civilFromDays(days);
  return { y, mo, d, h: Math.floor(sod / 3600), mi: Math.floor(sod / 60) % 60, s: sod % 60, wd: mod(days + 4, 7) };
}

/**
 * time.Date(y, mo, d, h, mi, s, 0, loc): normalises the month, then resolves the wall time the way
 * Go does: offset of the wall time read as UTC, then (if that instant falls outside that offset's
 * period) the offset at the first guess. For a wall time that exists once this is that instant;
 * in a gap or a repeat Go's choice depends on the sign of the offset, and this reproduces it.
 */
function goDate(zone: ZoneRules, y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const m0 = mo - 1;
  y += floorDiv(m0, 12);
  const month = mod(m0, 12) + 1;
  const local = (daysFromCivil(y, month, 1) + d - 1) * 86400 + h * 3600 + mi * 60 + s;
  return local - zone.offsetAt(local - zone.offsetAt(local));
}

/**
 * SpecSchedule.Next of robfig/cron v3.0.1, re-enacted step by step on an emulation of Go's time
 * package. `t` is the first candidate second (after + 1s, truncated). Returns seconds or null.
 * Used by `next` near zone transitions, and by tests as the literal model.
 *
 * A run of identical steps (add a second, a minute, an hour, a day) is taken in one jump when no
 * zone transition lies where the steps go, since each step then moves the wall clock by exactly
 * that unit; otherwise the steps are taken one by one, as robfig takes them.
 */
export function literalNext(s: SpecSchedule, t: number): number | null {
  const f = s.fields;
  const zone = s.zone;
  const dayOk = (g: GoFields) => {
    const dom = f.dom.bits[g.d] === true;
    const dow = f.dow.bits[g.wd] === true;
    return f.dom.star || f.dow.star ? dom && dow : dom || dow;
  };
  /** steps of +1 from v (exclusive) until a set bit or `size` (the wrap to 0) */
  const stepsTo = (bits: boolean[], v: number, size: number) => {
    let k = 1;
    while (v + k < size && !bits[v + k]) k++;
    return k;
  };
  let added = false;
  let g = goFieldsAt(zone, t);
  const yearLimit = g.y + 5;
  let steps = 0;
  const step = () => {
    if (++steps > LiteralStepLimit) throw LiteralStepsExhausted;
  };
  wrap: for (;;) {
    step();
    if (g.y > yearLimit) return null;
    while (!f.month.bits[g.mo]) {
      step();
      if (!added) {
        added = true;
        t = goDate(zone, g.y, g.mo, 1, 0, 0, 0);
        g = goFieldsAt(zone, t);
      }
      t = goDate(zone, g.y, g.mo + 1, g.d, g.h, g.mi, g.s); // AddDate(0, 1, 0)
      g = goFieldsAt(zone, t);
      if (g.mo === 1) continue wrap;
    }
    while (!dayOk(g)) {
      step();
      if (!added) {
        added = true;
        t = goDate(zone, g.y, g.mo, g.d, 0, 0, 0);
        g = goFieldsAt(zone, t);
      }
      // jump over non-matching days of this month when the wall clock is regular there
      if (g.h === 0) {
        const dim = daysIn(g.y, g.mo);
        let k = 1;
        while (g.d + k <= dim && !dayOk({ ...g, d: g.d + k, wd: (g.wd + k) % 7 })) k++;
        if (k > 1 && !zone.hasTransitionIn(t - 86400, t + (k + 1) * 86400)) {
          t = goDate(zone, g.y, g.mo, g.d + k, g.h, g.mi, g.s);
          g = goFieldsAt(zone, t);
          if (g.d === 1) continue wrap;
          continue;
        }
      }
      t = goDate(zone, g.y, g.mo, g.d + 1, g.h, g.mi, g.s); // AddDate(0, 0, 1)
      g = goFieldsAt(zone, t);
      // robfig: "Notice if the hour is no longer midnight due to DST."
      if (g.h !== 0) {
        t += g.h > 12 ? (24 - g.h) * 3600 : -g.h * 3600;
        g = goFieldsAt(zone, t);
      }
      if (g.d === 1) continue wrap;
    }
    while (!f.hour.bits[g.h]) {
      step();
      if (!added) {
        added = true;
        t = goDate(zone, g.y, g.mo, g.d, g.h, 0, 0);
        g = goFieldsAt(zone, t);
      }
      const k = stepsTo(f.hour.bits, g.h, 24);
      t += (zone.hasTransitionIn(t, t + k * 3600) ? 1 : k) * 3600;
      g = goFieldsAt(zone, t);
      if (g.h === 0) continue wrap;
    }
    while (!f.minute.bits[g.mi]) {
      step();
      if (!added) {
        added = true;
        t -= mod(t, 60); // Truncate(time.Minute): absolute, not wall
        g = goFieldsAt(zone, t);
      }
      const k = stepsTo(f.minute.bits, g.mi, 60);
      t += (zone.hasTransitionIn(t, t + k * 60) ? 1 : k) * 60;
      g = goFieldsAt(zone, t);
      if (g.mi === 0) continue wrap;
    }
    while (g.s !== 0) {
      step();
      added = true; // Truncate(time.Second) is a no-op on whole seconds
      t += zone.hasTransitionIn(t, t + 60 - g.s) ? 1 : 60 - g.s;
      g = goFieldsAt(zone, t);
      if (g.s === 0) continue wrap;
    }
    return t;
  }
}

// ---------------------------------------------------------------------------------------------
// Reference implementation on cron-parser

const refFormats = new Map<string, Intl.DateTimeFormat>();
const refItemValues = new Map<string, number[]>();

/** Offset (ms east of UTC) at an instant, straight from Intl (independent of ZoneRules). */
function refOffsetMs(zone: string, ms: number): number {
  if (zone === 'UTC') return 0;
  let fmt = refFormats.get(zone);
  if (fmt === undefined) {
    const numeric = 'numeric' as const;
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: numeric, month: numeric, day: numeric, hour: numeric, minute: numeric, second: numeric });
    refFormats.set(zone, fmt);
  }
  const parts = fmt.formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const whole = Math.floor(ms / 1000) * 1000;
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - whole;
}

const RobfigDescriptors = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const RefFieldNames = ['minute', 'hour', 'dayOfMonth', 'month', 'dayOfWeek'] as const;
const RefNames: Array<string[] | null> = [
  null,
  null,
  null,
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
];

/**
 * The schedule's next time computed a second, independent way: the cron-parser package (v5) decides
 * what each field item means and enumerates matching wall-clock minutes (in UTC, where it has no
 * daylight-saving logic), and this function maps wall times to instants. Meant for tests and
 * benchmarks; throws on expressions robfig rejects. Every place cron-parser differs from robfig
 * v3.0.1 is adapted explicitly, each pinned by a test in test/controllers/cronjob/schedule.test.ts:
 *
 *  D1 `TZ=zone ` / `CRON_TZ=zone ` prefixes: unknown to cron-parser; stripped here (`TZ=Local`
 *     means the timeZone argument).
 *  D2 `@every <duration>`: unknown to cron-parser; Next(t) = t truncated to the second + d.
 *  D3 `@midnight`: unknown to cron-parser; it is `@daily`. cron-parser's extra `@minutely`,
 *     `@secondly`, `@weekdays`, `@weekends` are rejected, as robfig rejects them.
 *  D4 6 or 7 fields (seconds, year): cron-parser accepts them, robfig's ParseStandard does not.
 *  D5 `L`, `W`, `#`, `H` and other non-numbers: cron-parser accepts some, robfig never.
 *  D6 day-of-week 7: cron-parser reads it as Sunday, robfig rejects it (range 0-6); and
 *     cron-parser's day-of-week range is 0-7, so `*\/S` and `N/S` are rewritten to `0-6/S` and
 *     `N-6/S` (cron-parser's `1/2` is 1,3,5,7 = Mon, Wed, Fri and Sunday).
 *  D7 the day rule: cron-parser ORs day-of-month and day-of-week unless a field's text is exactly
 *     `*` or `?`; robfig ANDs when either field has the star bit, which any `*` or `?` item with no
 *     step or step 1 sets (`*\/1`, `*,5`). `0 0 *\/1 * 1`: cron-parser every day, robfig Mondays.
 *     Here a starred field is handed to cron-parser as `*`.
 *  D8 lists: cron-parser rejects duplicate values (`1,1`, `1-5,3`, `5,*`) and empty items (`1,,2`);
 *     robfig ORs the bits and skips empty items. Each item is expanded on its own by cron-parser
 *     and the union handed over as an explicit list.
 *  D9 `*-N` and `?-N`: robfig ignores what follows the star (`*-5` is `*`); cron-parser rejects it.
 *  D10 `+N`: robfig's strconv.Atoi accepts a plus sign; cron-parser rejects it. It is dropped.
 *  D11 dates that never occur (`0 0 30 2 *`): cron-parser throws at parse time; robfig parses and
 *     Next returns the zero time. Here: null.
 *  D12 the search horizon: robfig gives up after t's year + 5 (in the schedule's zone);
 *     cron-parser searches on (`0 0 29 2 *` from 2097 finds 2104). Here: null past the limit.
 *  D13 daylight saving: cron-parser has its own gap/overlap rules; here wall times from UTC
 *     enumeration are mapped to every instant showing that wall time: none in a spring-forward
 *     gap (skipped), two in a fall-back repeat (both run). This equals robfig for zones whose
 *     transitions are whole hours away from midnight; robfig's quirks at midnight transitions
 *     and 30-minute shifts are not modelled here (see the pinned literal cases in the tests).
 */
export function referenceNext(expr: string, timeZone: string | undefined, afterMs: number): number | null {
  let zone = timeZone === undefined || timeZone === '' ? 'UTC' : timeZone;
  let spec = expr;
  // D1
  const tz = /^(?:CRON_)?TZ=([^ ]*) (.*)$/s.exec(spec);
  if (tz !== null) {
    if (tz[1] !== 'Local') zone = tz[1] === '' ? 'UTC' : tz[1]!;
    spec = tz[2]!.trim();
  }
  // D2
  if (spec.startsWith('@every ')) {
    const d = goParseDuration(spec.slice(7));
    if ('error' in d) throw new Error(d.error);
    const ns = d.ns < 1_000_000_000n ? 1_000_000_000n : d.ns;
    return Math.floor(afterMs / 1000) * 1000 + Number(ns / 1_000_000_000n) * 1000;
  }
  // D3
  let fields: string[];
  if (spec.startsWith('@')) {
    if (!RobfigDescriptors.has(spec)) throw new Error(`unrecognized descriptor: ${spec}`);
    fields = [];
    spec = spec === '@midnight' ? '@daily' : spec;
  } else {
    fields = spec.trim().split(/\s+/);
    if (fields.length !== 5) throw new Error(`expected exactly 5 fields, found ${fields.length}`); // D4
  }
  let cronText = spec;
  if (fields.length === 5) {
    const out: string[] = [];
    for (let k = 0; k < 5; k++) {
      const values = new Set<number>();
      let hasStar = false;
      for (let item of fields[k]!.split(',')) {
        if (item === '') continue; // D8
        let [range, step, extra] = item.split('/');
        if (extra !== undefined) throw new Error(`too many slashes: ${item}`);
        if (step !== undefined) step = step.replace(/^\+/, ''); // D10
        if (range!.startsWith('*') || range!.startsWith('?')) {
          range = '*'; // D9
          if (step === undefined || step === '1') hasStar = true; // D7
          if (k === 4 && step !== undefined) range = '0-6'; // D6
        } else {
          const ends = range!.split('-').map((x) => x.replace(/^\+/, '')); // D10
          for (const e of ends) {
            const ok = /^\d+$/.test(e) || (RefNames[k]?.includes(e.toLowerCase()) ?? false);
            if (!ok) throw new Error(`not a number: ${e}`); // D5
            if (k === 4 && /^\d+$/.test(e) && Number(e) === 7) throw new Error('end of range (7) above maximum (6)'); // D6
          }
          if (ends.length === 1 && step !== undefined) ends.push(k === 4 ? '6' : String([59, 23, 31, 12][k])); // D6 (N/S)
          range = ends.join('-');
        }
        const itemText = step === undefined ? range! : `${range}/${step}`;
        const key = `${k} ${itemText}`;
        let vs = refItemValues.get(key);
        if (vs === undefined) {
          const probe = ['*', '*', '*', '*', '*'];
          probe[k] = itemText;
          vs = [...(CronExpressionParser.parse(probe.join(' '), { currentDate: 0, tz: 'UTC' }).fields[RefFieldNames[k]!].values as number[])];
          refItemValues.set(key, vs);
        }
        for (const v of vs) values.add(v);
      }
      if (values.size === 0) return null; // D8: a field of empty items (",") never matches
      out.push(hasStar ? '*' : [...values].sort((a, b) => a - b).join(','));
    }
    cronText = out.join(' ');
  }

  const t = (Math.floor(afterMs / 1000) + 1) * 1000; // the first candidate second
  const wallYear = (ms: number) => civilFromDays(Math.floor(ms / 86_400_000))[0];
  const yearLimit = wallYear(t + refOffsetMs(zone, t)) + 5; // D12
  const day = 86_400_000;
  // every instant x >= t has wall(x) >= t + the smallest offset nearby
  const wallStart = t + Math.min(refOffsetMs(zone, t), refOffsetMs(zone, t + 2 * day));
  let it;
  try {
    it = CronExpressionParser.parse(cronText, { currentDate: wallStart - 1000, tz: 'UTC' });
  } catch (e) {
    if ((e as Error).message.includes('Invalid explicit day of month definition')) return null; // D11
    throw e;
  }
  let best: number | null = null;
  let bestHorizon = Infinity;
  for (;;) {
    const w = it.next().getTime();
    if (wallYear(w) > yearLimit) break;
    if (w > bestHorizon) break;
    // D13: the instants whose wall clock shows w
    const offs = new Set([refOffsetMs(zone, w - 15 * 3_600_000), refOffsetMs(zone, w + 15 * 3_600_000)]);
    for (const o of offs) {
      const x = w - o;
      if (x >= t && refOffsetMs(zone, x) === o && (best === null || x < best)) {
        best = x;
        // a later wall time can still map to an earlier instant only within the largest offset nearby
        bestHorizon = best + Math.max(refOffsetMs(zone, best - 2 * day), refOffsetMs(zone, best), refOffsetMs(zone, best + 2 * day));
      }
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Preview (`jobsim schedule`)

export interface PreviewRun {
  ms: number;
  /** RFC 3339 in UTC */
  utc: string;
  /** RFC 3339 in the schedule's zone */
  local: string;
  /** daylight-saving remarks: a repeated local time, wall times skipped in a gap, robfig quirks */
  note?: string;
}

export interface Preview {
  runs: PreviewRun[];
  /** the zone wall times are evaluated in */
  timeZone: string;
  kind: 'spec' | 'every';
  /** true when the schedule stopped firing before `count` runs (robfig's 5-year horizon) */
  exhausted: boolean;
}

/** Most runs a preview lists. */
export const MaxPreviewCount = 10_000;

function wallString(wallSec: number, withDate: boolean): string {
  const days = floorDiv(wallSec, 86400);
  const sod = wallSec - days * 86400;
  const [y, m, d] = civilFromDays(days);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const hm = `${p2(Math.floor(sod / 3600))}:${p2(Math.floor(sod / 60) % 60)}`;
  return withDate ? `${y}-${p2(m)}-${p2(d)} ${hm}` : hm;
}

/** Every instant (seconds) whose wall clock in `zone` shows `wall` (wall seconds): 0, 1 or 2 of them. */
function instantsOfWall(zone: ZoneRules, wall: number): number[] {
  if (zone.fixed) return [wall];
  const offs = new Set<number>([zone.offsetAt(wall)]);
  for (const tr of zone.transitionsIn(wall - 2 * 86400, wall + 2 * 86400)) {
    offs.add(tr.before);
    offs.add(tr.after);
  }
  const out: number[] = [];
  for (const o of offs) if (zone.offsetAt(wall - o) === o && !out.includes(wall - o)) out.push(wall - o);
  return out.sort((a, b) => a - b);
}

/**
 * The next `count` runs strictly after `fromMs`, as the CronJob controller computes them, with
 * daylight-saving remarks:
 * - a run at a local time that occurs twice (DST ends): "repeated local hour (DST ends): runs
 *   twice (1st of 2)" / "(2nd of 2)";
 * - the first run after a spring-forward gap in which the schedule had wall times: "DST gap: ...
 *   does not exist, skipped";
 * - robfig's own quirks around unusual transitions (a run on a day that does not match, or a local
 *   time that exists but is skipped), when they occur.
 */
export function previewSchedule(expr: string, opts: { timeZone?: string; fromMs: number; count: number }): Preview | ScheduleError {
  const parsed = parseSchedule(expr, opts.timeZone);
  if ('error' in parsed) return parsed;
  const sched = parsed.schedule;
  const count = Math.max(0, Math.min(Math.floor(opts.count), MaxPreviewCount));
  const runs: PreviewRun[] = [];
  let prev = opts.fromMs;
  let exhausted = false;
  for (let i = 0; i < count; i++) {
    const x = sched.next(prev);
    if (x === null) {
      exhausted = true;
      break;
    }
    const run: PreviewRun = { ms: x, utc: formatInZone(x), local: formatInZone(x, sched.timeZone ?? 'UTC') };
    if (sched instanceof SpecSchedule && !sched.zone.fixed) {
      const note = dstNote(sched, Math.floor(prev / 1000), x / 1000);
      if (note !== '') run.note = note;
    }
    runs.push(run);
    prev = x;
  }
  return { runs, timeZone: sched.timeZone ?? 'UTC', kind: sched.kind ?? 'spec', exhausted };
}

/** The remarks for run x (seconds), the previous run (or the start) being prev (seconds). */
function dstNote(s: SpecSchedule, prev: number, x: number): string {
  const zone = s.zone;
  const near = zone.transitionsIn(prev - 86400, x + 86400);
  if (near.length === 0) return '';
  const notes: string[] = [];
  const wall = x + zone.offsetAt(x);
  // skipped wall times in spring-forward gaps between the previous run and this one
  for (const tr of zone.transitionsIn(prev, x)) {
    if (tr.after <= tr.before) continue;
    const from = tr.t + tr.before;
    const to = tr.t + tr.after;
    const skipped: number[] = [];
    for (let w = Math.ceil(from / 60) * 60; w < to; w += 60) {
      const days = floorDiv(w, 86400);
      const sod = w - days * 86400;
      const [y, m, d] = civilFromDays(days);
      if (s.matchesWall(y, m, d, Math.floor(sod / 3600), Math.floor(sod / 60) % 60)) skipped.push(w);
    }
    if (skipped.length > 0) {
      const jump = `clocks jump ${wallString(from, false)}→${wallString(to, false)}`;
      const first = skipped[0]!;
      const last = skipped[skipped.length - 1]!;
      notes.push(
        skipped.length === 1
          ? `DST gap: local ${wallString(first, true)} does not exist (${jump}), that run is skipped`
          : `DST gap: local ${wallString(first, true)}–${wallString(last, false)} (${skipped.length} times) do not exist (${jump}), those runs are skipped`,
      );
    }
  }
  // a repeated local time
  const twins = instantsOfWall(zone, wall);
  if (twins.length === 2) {
    const other = twins[0] === x ? twins[1]! : twins[0]!;
    const isFirst = other > x;
    const otherRuns = s.next(other * 1000 - 1) === other * 1000;
    if (otherRuns) notes.push(`repeated local hour (DST ends): runs twice (${isFirst ? '1st' : '2nd'} of 2)`);
    else notes.push(`repeated local hour (DST ends): runs once, the ${isFirst ? '2nd' : '1st'} ${wallString(wall, false)} is skipped (robfig/cron quirk)`);
  }
  // robfig quirks: a run whose wall time does not match, or an existing matching time skipped
  {
    const days = floorDiv(wall, 86400);
    const sod = wall - days * 86400;
    const [y, m, d] = civilFromDays(days);
    if (!s.matchesWall(y, m, d, Math.floor(sod / 3600), Math.floor(sod / 60) % 60)) {
      notes.push('robfig/cron quirk: this local time does not match the schedule (its hour loop crossed a DST change at midnight without re-checking the day)');
    }
  }
  let missed: number | null = null;
  const wallPrev = prev + zone.offsetAt(prev);
  for (let w = wallPrev - 3 * 3600, guard = 0; guard < 1000; guard++) {
    const r = s.wallNext(w);
    if (r !== r || r >= wall + 3 * 3600) break;
    if (instantsOfWall(zone, r).some((inst) => inst > prev && inst < x)) {
      missed = r;
      break;
    }
    w = r + 60;
  }
  if (missed !== null) notes.push(`robfig/cron quirk: local ${wallString(missed, true)} exists and matches but is skipped (DST handling near this transition)`);
  return notes.join('; ');
}
