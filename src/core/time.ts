// Virtual time: integer epoch milliseconds, formatted as the API server writes timestamps.

let lastMs = NaN;
let lastIso = '';

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/** RFC 3339, UTC, second precision (`2026-01-01T00:00:10Z`). */
const formatted = new Map<number, string>();

export function isoSeconds(ms: number): string {
  const s = Math.floor(ms / 1000) * 1000;
  if (s === lastMs) return lastIso;
  const known = formatted.get(s);
  if (known !== undefined) {
    lastMs = s;
    lastIso = known;
    return known;
  }
  lastMs = s;
  const d = new Date(s);
  const y = d.getUTCFullYear();
  lastIso =
    y >= 0 && y <= 9999
      ? `${String(y).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}Z`
      : d.toISOString().slice(0, -5) + 'Z';
  if (formatted.size >= 4096) formatted.clear();
  formatted.set(s, lastIso);
  return lastIso;
}

const parsed = new Map<string, number>();

/** `YYYY-MM-DDTHH:MM:SSZ` without the general parser; falls back to Date.parse on anything odd. */
function fastParse(s: string): number {
  const y = +s.slice(0, 4), mo = +s.slice(5, 7), d = +s.slice(8, 10), h = +s.slice(11, 13), mi = +s.slice(14, 16), se = +s.slice(17, 19);
  if (s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':' || !(mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && se <= 59)) return Date.parse(s);
  return Date.UTC(y, mo - 1, d, h, mi, se);
}

/** Parses an RFC 3339 timestamp to epoch ms; NaN when missing or invalid. Memoised: the same
 * second-precision stamps are read over and over by the controllers. */
export function parseTime(s: string | undefined): number {
  if (s === undefined) return NaN;
  let ms = parsed.get(s);
  if (ms === undefined) {
    ms = s.length === 20 && s.charCodeAt(19) === 90 /* Z */ ? fastParse(s) : Date.parse(s);
    if (parsed.size >= 4096) parsed.clear();
    parsed.set(s, ms);
  }
  return ms;
}

const units: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Go-style duration plus `d` (`500ms`, `90s`, `1h30m`, `7d`) to ms; null when malformed. */
export function parseDurationMs(s: string): number | null {
  if (typeof s !== 'string') return null;
  const str = s.trim();
  if (str === '0') return 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d)/gy;
  let total = 0;
  let pos = 0;
  let m: RegExpExecArray | null;
  while (pos < str.length) {
    re.lastIndex = pos;
    m = re.exec(str);
    if (!m) return null;
    total += parseFloat(m[1]!) * units[m[2]!]!;
    pos = re.lastIndex;
  }
  if (str.length === 0) return null;
  return Math.round(total);
}

/** Human duration in Go's style, trimmed like kubectl's ages (`1h30m`, `45s`, `2d3h`). */
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
