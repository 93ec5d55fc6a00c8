// `jobsim schedule "EXPR" [--time-zone ZONE] [--from TIME] [--count N] [-o json]`: the next times a
// CronJob with that schedule would start, as the CronJob controller computes them (robfig/cron
// v3.0.1 rules), with daylight-saving gaps and repeats marked.

import { parseArgs } from 'node:util';
import { civilFromDays, daysFromCivil, describeScheduleError, formatInZone, MaxPreviewCount, previewSchedule, validateTimeZone, zoneRules } from '../controllers/cronjob/schedule.ts';

/** The default start of a simulation, and so of `jobsim schedule`. */
const DefaultFrom = '2026-01-01T00:00:00Z';

export const scheduleHelp = `Usage: jobsim schedule "EXPR" [flags]

Prints the next times, strictly after --from, that a CronJob with schedule EXPR would start, as
the CronJob controller computes them: robfig/cron v3.0.1 rules (5 fields, @hourly ... @yearly,
@every DURATION), evaluated in the CronJob's spec.timeZone. Local times that do not exist
(daylight saving starts) are skipped and marked; local times that occur twice (daylight saving
ends) run twice and are marked.

Flags:
  --time-zone ZONE   the CronJob's spec.timeZone, an IANA name like Europe/Berlin
                     (default: UTC, the controller's own zone in jobsim)
  --from TIME        RFC 3339 (2026-03-08T00:00:00Z, 2026-03-08T00:00:00-05:00) or a date
                     YYYY-MM-DD, meaning the first instant of that day in --time-zone
                     (default: ${DefaultFrom}, the default simulation start)
  --count N          how many times to list, 1-${MaxPreviewCount} (default 5)
  -o, --output FMT   text (a table, default) | json (an array of RFC 3339 instants in UTC)
  -h, --help         show this help

Examples:
  jobsim schedule "0 2 * * *" --time-zone America/New_York --from 2026-03-07
  jobsim schedule "*/15 9-17 * * mon-fri" --count 10 -o json
`;

export interface ScheduleCommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

function bad(msg: string): ScheduleCommandResult {
  return { stdout: '', stderr: `jobsim schedule: ${msg}\n`, code: 2 };
}

/** RFC 3339 (with seconds, optional fraction, Z or ±hh:mm) to epoch ms, or null. */
export function parseRfc3339(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/.exec(s);
  if (m === null) return null;
  const [y, mo, d, h, mi, sec] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  if (mo! < 1 || mo! > 12 || d! < 1 || h! > 23 || mi! > 59 || sec! > 59) return null;
  const days = daysFromCivil(y!, mo!, d!);
  const back = civilFromDays(days);
  if (back[1] !== mo || back[2] !== d) return null; // 2026-02-30
  let offMin = 0;
  if (m[9] !== undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return null;
    offMin = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const frac = m[7] === undefined ? 0 : Math.floor(Number(`0${m[7]}`) * 1000);
  return (days * 86400 + h! * 3600 + mi! * 60 + sec! - offMin * 60) * 1000 + frac;
}

/** The first instant of local day y-m-d in the zone (its midnight, or the end of a gap over it). */
function startOfLocalDay(y: number, mo: number, d: number, zone: string): number {
  const wall = daysFromCivil(y, mo, d) * 86400;
  const z = zoneRules(zone);
  // candidates: wall - offset for the offsets around that day; keep those that show a wall time >= midnight
  let best = Infinity;
  const offs = new Set<number>([z.offsetAt(wall)]);
  for (const tr of z.transitionsIn(wall - 2 * 86400, wall + 2 * 86400)) {
    offs.add(tr.before);
    offs.add(tr.after);
  }
  for (const o of offs) {
    // the earliest instant whose wall clock reads at least midnight of that day
    let x = wall - o;
    if (z.offsetAt(x) !== o) continue;
    // step back while the previous second still shows this day (repeated midnight hour)
    if (x - 1 + z.offsetAt(x - 1) >= wall) continue;
    best = Math.min(best, x);
  }
  if (best === Infinity) {
    // midnight falls in a gap: the day starts at the transition
    for (const tr of z.transitionsIn(wall - 2 * 86400, wall + 2 * 86400)) if (tr.t + tr.before <= wall && wall < tr.t + tr.after) best = tr.t;
  }
  return best * 1000;
}

export function runScheduleCommand(argv: string[]): ScheduleCommandResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'time-zone': { type: 'string' },
        from: { type: 'string' },
        count: { type: 'string' },
        output: { type: 'string', short: 'o', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return bad(`${(e as Error).message} (see jobsim schedule --help)`);
  }
  const v = parsed.values;
  if (v.help) return { stdout: scheduleHelp, stderr: '', code: 0 };
  // every problem at once, each on its own line
  const problems: string[] = [];
  if (parsed.positionals.length !== 1) {
    problems.push(parsed.positionals.length === 0 ? 'missing the schedule: jobsim schedule "EXPR" (quote it)' : `expected one schedule, got ${parsed.positionals.length} arguments: quote the expression, e.g. jobsim schedule "0 2 * * *"`);
  }
  const expr = parsed.positionals.length === 1 ? parsed.positionals[0]! : undefined;
  const output = v.output!;
  if (output !== 'text' && output !== 'json') problems.push(`-o ${JSON.stringify(output)}: must be text or json`);

  // the preview shows what a CronJob would run, and the API server refuses TZ= in a new CronJob
  const withTz = expr !== undefined && expr.includes('TZ');
  if (withTz) problems.push('cannot use TZ or CRON_TZ in schedule, use timeZone field instead (here: --time-zone)');
  let tz = v['time-zone'];
  if (tz !== undefined) {
    const e = validateTimeZone(tz);
    if (e !== null) {
      problems.push(`--time-zone ${JSON.stringify(tz)}: ${e}`);
      tz = undefined;
    }
  }

  let count = 5;
  if (v.count !== undefined) {
    if (!/^\d+$/.test(v.count) || Number(v.count) < 1 || Number(v.count) > MaxPreviewCount) problems.push(`--count ${JSON.stringify(v.count)}: must be a whole number from 1 to ${MaxPreviewCount}`);
    else count = Number(v.count);
  }

  // The zone dates are read in: --time-zone, else UTC.
  const dateZone = tz ?? 'UTC';

  const fromText = v.from ?? DefaultFrom;
  let fromMs: number | null;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fromText);
  if (date !== null) {
    const [y, mo, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const back = civilFromDays(daysFromCivil(y, mo, d));
    fromMs = mo >= 1 && mo <= 12 && back[1] === mo && back[2] === d ? startOfLocalDay(y, mo, d, dateZone) : null;
  } else fromMs = parseRfc3339(fromText);
  if (fromMs === null || !Number.isFinite(fromMs)) problems.push(`--from ${JSON.stringify(fromText)}: expected RFC 3339 (2026-03-08T00:00:00Z) or a date (2026-03-08)`);

  // the expression is judged on its own too (in the zone given, when that one is known)
  const p = expr === undefined || withTz ? undefined : previewSchedule(expr, { timeZone: tz, fromMs: fromMs !== null && Number.isFinite(fromMs) ? fromMs : parseRfc3339(DefaultFrom)!, count });
  if (p !== undefined && 'error' in p) problems.push(`${describeScheduleError(expr!, p)} (robfig/cron: ${p.error})`);
  if (problems.length > 0 || p === undefined || 'error' in p || fromMs === null) return { stdout: '', stderr: problems.map((m) => `jobsim schedule: ${m}\n`).join(''), code: 2 };

  if (output === 'json') return { stdout: `${JSON.stringify(p.runs.map((r) => r.utc), null, 2)}\n`, stderr: '', code: 0 };

  const lines: string[] = [];
  const what = p.kind === 'every' ? 'a constant delay, not aligned to the clock' : `in ${p.timeZone}`;
  lines.push(`Schedule ${JSON.stringify(expr)} (${what}), next ${count} after ${formatInZone(fromMs, p.timeZone)}:`);
  lines.push('');
  const weekday = new Intl.DateTimeFormat('en-US', { timeZone: p.timeZone, weekday: 'short' });
  const rows = p.runs.map((r, i) => [String(i + 1), weekday.format(r.ms), r.local, r.utc, r.note ?? '']);
  const header = ['#', 'DAY', 'LOCAL', 'UTC', 'NOTE'];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const fmt = (r: string[]) =>
    r
      .map((c, k) => (k === r.length - 1 ? c : c.padEnd(widths[k]!)))
      .join('  ')
      .trimEnd();
  if (rows.length > 0) {
    lines.push(fmt(header));
    for (const r of rows) lines.push(fmt(r));
  }
  if (p.exhausted) lines.push(p.runs.length === 0 ? '(no run: the schedule never fires within 5 years, as robfig/cron looks)' : `(no further run within robfig/cron's 5-year horizon)`);
  return { stdout: `${lines.join('\n')}\n`, stderr: '', code: 0 };
}
