// Virtual time: integer epoch milliseconds, formatted as the API server writes timestamps.

/** A run that waits for quiet still stops after 10 years (virtual). */
export const MaxRunMs = 10 * 365 * 24 * 3_600_000;
/** 9999-12-31T23:59:59Z, the last time RFC 3339 (a 4-digit year) can write */
export const LastRfc3339Ms = 253_402_300_799_000;

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

// A small direct-mapped cache of formatted seconds: callers alternate between a few instants
// (now, a start time, a deadline), and numeric arrays avoid boxing epoch values in a Map.
const CacheSize = 64;
const cachedSec = new Float64Array(CacheSize).fill(NaN);
const cachedIso: string[] = new Array<string>(CacheSize).fill('');
const MinuteCacheSize = 16;
const cachedMin = new Float64Array(MinuteCacheSize).fill(NaN);
/** `YYYY-MM-DDTHH:MM:` of the cached minutes */
const cachedPrefix: string[] = new Array<string>(MinuteCacheSize).fill('');

/** RFC 3339, UTC, second precision (`2026-01-01T00:00:10Z`). */
export function isoSeconds(ms: number): string {
  const sec = Math.floor(ms / 1000);
  const slot = ((sec % CacheSize) + CacheSize) % CacheSize;
  if (cachedSec[slot] === sec) return cachedIso[slot]!;
  // a run moves second by second through the same minutes: the minute's prefix is made once
  const min = Math.floor(sec / 60);
  const mslot = ((min % MinuteCacheSize) + MinuteCacheSize) % MinuteCacheSize;
  let iso: string;
  if (cachedMin[mslot] === min) iso = cachedPrefix[mslot]! + pad2(sec - min * 60) + 'Z';
  else {
    const d = new Date(sec * 1000);
    const y = d.getUTCFullYear();
    iso =
      y >= 0 && y <= 9999
        ? `${String(y).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}Z`
        : d.toISOString().slice(0, -5) + 'Z';
    cachedMin[mslot] = min;
    cachedPrefix[mslot] = iso.slice(0, -3);
  }
  cachedSec[slot] = sec;
  cachedIso[slot] = iso;
  return iso;
}

/** Two decimal digits at `i`, or NaN. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * Parses an RFC 3339 timestamp to epoch ms; NaN when missing or invalid. The API server's own
 * form `YYYY-MM-DDTHH:MM:SSZ` is read digit by digit (it is read over and over by the
 * controllers); anything else goes to Date.parse.
 */
// the last string parsed: controllers re-read the same timestamps (lastScheduleTime, startTime) on every sync
let lastParsed = '';
let lastParsedMs = NaN;

export function parseTime(s: string | undefined): number {
  if (s === undefined) return NaN;
  if (s === lastParsed) return lastParsedMs;
  const ms = parseTimeUncached(s);
  lastParsed = s;
  lastParsedMs = ms;
  return ms;
}

/**
 * Orders two timestamps. Two in the API server's own form (YYYY-MM-DDTHH:MM:SSZ, fixed width, UTC)
 * order as strings, without parsing.
 */
export function compareTime(a: string, b: string): number {
  if (a.length === 20 && b.length === 20 && a.charCodeAt(19) === 90 && b.charCodeAt(19) === 90) return a < b ? -1 : a > b ? 1 : 0;
  return parseTime(a) - parseTime(b);
}

function parseTimeUncached(s: string): number {
  if (s.length === 20 && s.charCodeAt(19) === 90 /* Z */ && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && s.charCodeAt(10) === 84 && s.charCodeAt(13) === 58 && s.charCodeAt(16) === 58) {
    const y = digits2(s, 0) * 100 + digits2(s, 2);
    const mo = digits2(s, 5);
    const d = digits2(s, 8);
    const h = digits2(s, 11);
    const mi = digits2(s, 14);
    const se = digits2(s, 17);
    if (y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && se <= 59) return Date.UTC(y, mo - 1, d, h, mi, se);
  }
  return Date.parse(s);
}

const units: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Go's time.ParseDuration plus the unit `d` (`500ms`, `90s`, `1h30m`, `.5h`, `1.h`, `+1h`, `7d`)
 * to ms; null when malformed, negative, or beyond Go's range. As in Go, no surrounding spaces,
 * and each number needs a digit on one side of its dot.
 */
export function parseDurationMs(s: string): number | null {
  if (typeof s !== 'string') return null;
  let str = s;
  let negative = false;
  if (str[0] === '+' || str[0] === '-') {
    negative = str[0] === '-';
    str = str.slice(1);
  }
  if (str === '0') return 0;
  if (str.length === 0) return null;
  const re = /(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h|d)/y;
  let total = 0;
  let pos = 0;
  while (pos < str.length) {
    re.lastIndex = pos;
    const m = re.exec(str);
    if (!m || (m[1] === '' && (m[2] ?? '') === '')) return null;
    total += parseFloat(`${m[1] || '0'}.${m[2] || '0'}`) * units[m[3]!]!;
    pos = re.lastIndex;
  }
  // a negative duration is well-formed in Go, but no jobsim duration may be negative
  if (negative && total > 0) return null;
  // time.ParseDuration: beyond int64 nanoseconds (about 292 years) is "invalid duration"
  if (total > MaxDurationMs) return null;
  return Math.round(total);
}

/** The longest Go time.Duration (2562047h47m16.854775807s), in whole milliseconds. */
export const MaxDurationMs = 9_223_372_036_854;

/** Human duration in Go's style, trimmed like kubectl's ages (`1h30m`, `45s`, `2d3h`). */
/**
 * A duration as Go's time.Duration.String() prints it (messages that upstream formats with %v):
 * "0s", "500ms", "30s", "1.5s", "1m20s", "5m0s", "1h0m0s".
 */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  let x = Math.round(Math.abs(ms));
  if (x < 1000) return `${sign}${x}ms`;
  const h = Math.floor(x / 3_600_000);
  x -= h * 3_600_000;
  const m = Math.floor(x / 60_000);
  x -= m * 60_000;
  const frac = x % 1000;
  const sec = `${Math.floor(x / 1000)}${frac ? `.${String(frac).padStart(3, '0').replace(/0+$/, '')}` : ''}s`;
  if (h > 0) return `${sign}${h}h${m}m${sec}`;
  if (m > 0) return `${sign}${m}m${sec}`;
  return `${sign}${sec}`;
}

export function formatDuration(ms: number): string {
  if (ms < 0) ms = 0;
  if (ms > 0 && ms < 1000) return `${ms}ms`;
  let s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  let out = '';
  if (d) out += `${d}d`;
  if (h) out += `${h}h`;
  if (m) out += `${m}m`;
  if (s || out === '') out += `${s}s`;
  return out;
}

/** The largest number of seconds whose nanoseconds fit an int64 (a Go time.Duration). */
const MaxDurationSeconds = 9223372036;

/**
 * `time.Duration(seconds) * time.Second` in ms, as Go computes it: an int64 count of nanoseconds
 * that wraps past 9223372036 s (API validation bounds none of the seconds fields it is used on:
 * activeDeadlineSeconds, startingDeadlineSeconds), so a larger value can come out negative
 * (10^10 s is -8446744073.709551616 s). Rounded up to whole ms (`elapsed >= allowed` then holds
 * for integer ms exactly when it does for the ns).
 */
export function goSecondsMs(seconds: number): number {
  if (Math.abs(seconds) <= MaxDurationSeconds) return seconds * 1000;
  return Math.ceil(Number(BigInt.asIntN(64, BigInt(Math.trunc(seconds)) * 1_000_000_000n)) / 1e6);
}
