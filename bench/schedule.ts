// Cron schedule Next(): the fast iterator (src/controllers/cronjob/schedule.ts) against
// cron-parser, for a few schedules and zones, in one run. Two workloads:
//   chained  t = next(t), as the CronJob controller walks missed schedules;
//   random   next(t) for seeded random instants over 2026-2027 (so some fall near DST changes).
// Columns: the fast iterator; cron-parser's own iterator (parse once, then next(); its DST rules
// differ from robfig's, shown for speed only); referenceNext (cron-parser plus the robfig
// adaptations, as the property test uses it). Prints figures; never pass/fail on time.
// Run alone: npx tsx bench/schedule.ts
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { CronExpressionParser } from 'cron-parser';
import seedrandom from 'seedrandom';
import { parseSchedule, referenceNext, zoneRules } from '../src/controllers/cronjob/schedule.ts';

const Schedules = ['*/1 * * * *', '0 3 * * *', '*/5 9-17 * * 1-5', '30 2 * * 0', '0 0 1 1 *'];
const Zones = ['UTC', 'Europe/Berlin', 'America/New_York'];
const From = Date.UTC(2026, 0, 1);
const To = Date.UTC(2028, 0, 1);

/** ns per call of fn over `n` calls (after a warm-up of n/10). */
function timeIt(n: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.max(1, n / 10); i++) fn(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return ((performance.now() - t0) * 1e6) / n;
}

function fmtNs(ns: number): string {
  return ns >= 10_000 ? `${(ns / 1000).toFixed(0)} µs` : ns >= 1000 ? `${(ns / 1000).toFixed(1)} µs` : `${ns.toFixed(0)} ns`;
}

export async function benchSchedule(): Promise<string[]> {
  const rng = seedrandom('bench-schedule');
  const randomInstants = Float64Array.from({ length: 4096 }, () => From + Math.floor(rng() * (To - From)));
  const lines: string[] = [];
  lines.push('schedule: average time per Next() call (fast iterator | cron-parser iterator | cron-parser reference)');

  // one-off cost of a zone's offset table (Intl sampling), per ~194-day chunk
  {
    const z = zoneRules('Asia/Tokyo');
    const t0 = performance.now();
    z.offsetAt(From / 1000);
    lines.push(`  first offset lookup in a new zone (builds one ~194-day chunk from Intl): ${(performance.now() - t0).toFixed(2)} ms`);
  }

  // build the zones' offset tables for the measured years outside the timings
  for (const zone of Zones) for (let t = From; t <= To + 400 * 86_400_000; t += 30 * 86_400_000) zoneRules(zone).offsetAt(t / 1000);

  const header = ['schedule', 'zone', 'chained: fast', 'cron-parser', 'reference', 'random: fast', 'reference'];
  const rows: string[][] = [];
  let sink = 0;
  for (const zone of Zones) {
    for (const expr of Schedules) {
      const r = parseSchedule(expr, zone);
      if ('error' in r) throw new Error(r.error);
      const s = r.schedule;
      // the computation itself, not the memo of recent answers that the controller benefits from
      const next = 'nextUncached' in s ? (x: number) => (s as { nextUncached(t: number): number | null }).nextUncached(x) : (x: number) => s.next(x);
      // chained
      let t = From;
      const fastChained = timeIt(200_000, () => {
        const x = next(t);
        t = x === null || x > To ? From : x;
      });
      const it = CronExpressionParser.parse(expr, { currentDate: From, tz: zone });
      const cpChained = timeIt(1_000, () => {
        sink += it.next().getTime();
      });
      let tr = From;
      const refChained = timeIt(300, () => {
        const x = referenceNext(expr, zone, tr);
        tr = x === null || x > To ? From : x;
      });
      // random instants
      const fastRandom = timeIt(200_000, (i) => {
        sink += next(randomInstants[i & 4095]!) ?? 0;
      });
      const refRandom = timeIt(300, (i) => {
        sink += referenceNext(expr, zone, randomInstants[i & 4095]!) ?? 0;
      });
      rows.push([expr, zone, fmtNs(fastChained), fmtNs(cpChained), fmtNs(refChained), fmtNs(fastRandom), fmtNs(refRandom)]);
    }
  }
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (r: string[]) => `  ${r.map((c, k) => (k < 2 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  ')}`;
  lines.push(line(header));
  for (const r of rows) lines.push(line(r));
  if (sink === -1) lines.push(''); // keep the results alive
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const l of await benchSchedule()) console.log(l);
}
