// `jobsim sweep FILE... --pool NAME=COUNTS [--seeds N|A..B] [--within D] [--target P] [-o text|json]`:
// the scenario at several node-pool sizes and seeds, one row per size.
// Exit 0 it ran, 2 invalid input (every problem at once, nothing run).

import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatDuration, parseDurationMs } from '../core/time.ts';
import { formatIssue, loadScenario } from '../scenario/load.ts';
import { parseDocuments } from '../scenario/parse.ts';
import type { Issue } from '../scenario/types.ts';
import { MaxNodes } from '../scenario/load.ts';
import { MaxSweepRuns, MaxSweepThreads, poolNames, sweep, sweepParallel, sweepSizes } from '../sim/sweep.ts';
import type { SweepOptions, SweepResult, SweepWarning } from '../sim/sweep.ts';
import { readInputs } from './inputs.ts';
import { renderSweepSvg } from '../report/svg.ts';
import type { CliResult } from './main.ts';

export const sweepHelp = `Usage: jobsim sweep FILE... [--pool NAME=COUNTS]... [flags]

Runs the scenario at every combination of the node-pool sizes given, each with several seeds, and
prints one row per size: Jobs complete, failed and unfinished, CronJob runs never started, Job durations (every seed pooled),
pod scheduling waits, pending pods and CPU use. With --within, the share of Jobs that completed
within that long of their creation (of their scheduled time, for a CronJob's Jobs), and with
--target, the smallest size whose share meets it: "how many nodes so that 95% of the nightly Jobs
finish within 4h of 02:00?" is --within 4h --target 95%.

Flags:
  --pool NAME=COUNTS  the counts to try for the pool NAME (repeatable, one per pool): a list
                      and ranges, e.g. batch=2,4,8 or batch=2..6 (the pool's other fields stay)
  --seeds N|A..B      N seeds from the scenario's seed (or --seed), or the seeds A to B
                      (default 10)
  --seed N            the first seed for --seeds N (default: the file's seed, else 1)
  --duration D        override Simulation.spec.duration (Go-style plus d: 90s, 1h30m, 7d)
  --within D          the service level: a Job completes within D (e.g. 4h)
  --target P          the share of Jobs that must meet --within: 95% or 0.95 (default 95%)
  --parallel N        spread the runs over N worker threads (default 1); the output is the same
  -o, --output FMT    text (a table, default) | json (a SweepResult document)
  --svg FILE          also draw the sweep into FILE (SVG): Job durations, the share within the
                      service level, pending peaks and CPU use against the size
  -h, --help          show this help

Exit status: 0 ran, 2 invalid input.
`;

/** `2,4,8`, `2..6`, `1,4..6`: the counts of a --pool flag, or a problem. */
export function parseCounts(text: string): number[] | string {
  const out: number[] = [];
  for (const part of text.split(',')) {
    const range = /^(\d+)\.\.(\d+)$/.exec(part);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      if (a > b) return `range ${part} goes down: write the lower count first`;
      if (b > MaxNodes) return `count ${b} is over the ${MaxNodes}-node limit`;
      for (let n = a; n <= b; n++) out.push(n);
    } else if (/^\d+$/.test(part)) {
      if (Number(part) > MaxNodes) return `count ${part} is over the ${MaxNodes}-node limit`;
      out.push(Number(part));
    } else return `${JSON.stringify(part)} is not a count or a range A..B`;
  }
  return [...new Set(out)];
}

export function runSweepCommand(argv: string[], stderrIsTTY = false): CliResult | Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pool: { type: 'string', multiple: true },
        seeds: { type: 'string' },
        seed: { type: 'string' },
        duration: { type: 'string' },
        within: { type: 'string' },
        target: { type: 'string' },
        parallel: { type: 'string' },
        svg: { type: 'string' },
        output: { type: 'string', short: 'o', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { code: 2, stdout: '', stderr: `jobsim: ${(e as Error).message}\n\n${sweepHelp}` };
  }
  const v = parsed.values;
  if (v.help) return { code: 0, stdout: sweepHelp, stderr: '' };
  const files = parsed.positionals;
  const problems: Issue[] = [];
  const flag = (path: string, message: string) => problems.push({ file: '<flags>', path, message });
  if (files.length === 0) flag('FILE', 'sweep needs at least one FILE');
  const output = v.output!;
  if (output !== 'text' && output !== 'json') flag('--output', `unsupported output ${JSON.stringify(output)}: supported values: "text", "json"`);
  const pools: SweepOptions['pools'] = [];
  for (const p of v.pool ?? []) {
    const m = /^([^=]+)=(.*)$/.exec(p);
    if (!m) {
      flag('--pool', `${JSON.stringify(p)}: expected NAME=COUNTS, e.g. batch=2,4,8 or batch=2..6`);
      continue;
    }
    const counts = parseCounts(m[2]!);
    if (typeof counts === 'string') flag('--pool', `${m[1]}: ${counts}`);
    else if (pools.some((x) => x.name === m[1])) flag('--pool', `${m[1]}: given twice (list every count in one flag: ${m[1]}=2,4,8)`);
    else pools.push({ name: m[1]!, counts });
  }
  let seedFrom: number | undefined;
  if (v.seed !== undefined) {
    if (!/^\d+$/.test(v.seed) || !Number.isSafeInteger(Number(v.seed))) flag('--seed', `invalid seed ${JSON.stringify(v.seed)}: must be a non-negative integer`);
    else seedFrom = Number(v.seed);
  }
  let seedCount = 10;
  let seedRange: [number, number] | undefined;
  if (v.seeds !== undefined) {
    const r = /^(\d+)\.\.(\d+)$/.exec(v.seeds);
    if (r && Number(r[1]) <= Number(r[2]) && Number.isSafeInteger(Number(r[2]))) seedRange = [Number(r[1]), Number(r[2])];
    else if (/^\d+$/.test(v.seeds) && Number(v.seeds) >= 1) seedCount = Number(v.seeds);
    else flag('--seeds', `invalid seeds ${JSON.stringify(v.seeds)}: a count N >= 1 or a range A..B`);
    if (seedRange && seedFrom !== undefined) flag('--seed', 'not with a range of --seeds (the range names its seeds)');
  }
  const duration = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const d = parseDurationMs(text);
    if (d === null || d <= 0) flag(name, `invalid duration ${JSON.stringify(text)}: use Go-style durations plus d, e.g. 90s, 1h30m, 7d`);
    return d ?? undefined;
  };
  const durationMs = duration('--duration', v.duration);
  const withinMs = duration('--within', v.within);
  let target: number | undefined;
  if (v.target !== undefined) {
    const t = /^(\d+(?:\.\d+)?)(%?)$/.exec(v.target);
    const value = t ? Number(t[1]) / (t[2] ? 100 : 1) : NaN;
    if (!(value > 0 && value <= 1)) flag('--target', `invalid target ${JSON.stringify(v.target)}: a share such as 95% or 0.95`);
    else target = value;
    if (v.within === undefined) flag('--target', 'needs --within (the service level the share is of)');
  } else if (withinMs !== undefined) target = 0.95;
  if (v.svg === '-') flag('--svg', 'the picture needs a file path (standard output carries the report)');
  let threads = 1;
  if (v.parallel !== undefined) {
    if (!/^\d+$/.test(v.parallel) || Number(v.parallel) < 1 || Number(v.parallel) > MaxSweepThreads) flag('--parallel', `invalid thread count ${JSON.stringify(v.parallel)}: an integer from 1 to ${MaxSweepThreads}`);
    else threads = Number(v.parallel);
  }
  const read = readInputs(files);
  problems.push(...read.issues);
  // the files as written, with their positions: a problem of the scenario itself is reported
  // the way `jobsim run` reports it, with the flags' problems and those of the files that could
  // not be read, before any size is tried
  const loaded = read.inputs.length > 0 ? loadScenario(read.inputs) : undefined;
  if (read.issues.length > 0 || !loaded || loaded.issues.length > 0 || !loaded.scenario) return inputErrors([...problems, ...(loaded?.issues ?? [])]);
  const declared = poolNames(loaded.scenario);
  for (const p of pools) {
    if (!declared.includes(p.name)) flag('--pool', `unknown pool ${JSON.stringify(p.name)}: the scenario's pools are ${declared.map((n) => JSON.stringify(n)).join(', ')}`);
  }
  const base = seedFrom ?? loaded.scenario.config.seed;
  // counted before the seeds are listed: a count of 10^20 is refused, not built
  const seedTotal = seedRange ? seedRange[1] - seedRange[0] + 1 : seedCount;
  const runs = sweepSizes(pools).length * seedTotal;
  if (runs > MaxSweepRuns) flag('--seeds', `${runs} runs (sizes x seeds) is more than the ${MaxSweepRuns} a sweep may run`);
  else if (!Number.isSafeInteger(base + seedTotal)) flag('--seed', `the seeds would run past ${Number.MAX_SAFE_INTEGER}`);
  // the picture's file is opened before the runs, as `jobsim run` opens its files: a bad path
  // is input to refuse now, not after the whole sweep
  let svgFd: number | undefined;
  if (problems.length === 0 && v.svg !== undefined) {
    try {
      svgFd = openSync(v.svg, 'w');
    } catch (e) {
      flag('--svg', `${v.svg}: cannot write the picture: ${(e as Error).message}`);
    }
  }
  if (problems.length > 0) return inputErrors(problems);
  const seeds = seedRange ? range(seedRange[0], seedRange[1]) : range(base, base + seedCount - 1);
  const docs: Array<Record<string, unknown>> = [];
  for (const inp of read.inputs) {
    for (const d of parseDocuments(inp.file, inp.text).docs) if (d.value && typeof d.value === 'object') docs.push(d.value as Record<string, unknown>);
  }
  let lastBar = '';
  const bar = (done: number, total: number) => {
    if (!stderrIsTTY) return;
    const s = `\rsweeping ${done}/${total} runs`;
    if (s !== lastBar) process.stderr.write((lastBar = s));
  };
  const opts = { pools, seeds, durationMs, withinMs, target };
  const finish = (out: { result?: SweepResult; issues: Issue[]; warnings?: SweepWarning[] }): CliResult => {
    if (stderrIsTTY && lastBar) process.stderr.write('\n');
    if (!out.result) {
      if (svgFd !== undefined) closeSync(svgFd);
      return inputErrors(out.issues);
    }
    if (svgFd !== undefined) {
      writeSync(svgFd, renderSweepSvg(out.result));
      closeSync(svgFd);
    }
    const stdout = output === 'json' ? JSON.stringify(out.result, null, 2) + '\n' : renderSweep(out.result, files);
    // a run's warnings as `jobsim run` prints them, each once, with how many runs gave it
    const total = out.result.rows.length * seeds.length;
    const runWarnings = (out.warnings ?? []).map((w) => {
      const size = Object.entries(w.first.pools).map(([k, n]) => `${k}=${n}`).join(',');
      const where = w.runs === 1 ? `run ${size ? `${size} ` : ''}seed ${w.first.seed}` : `${w.runs} of ${total} runs, first ${size ? `${size} ` : ''}seed ${w.first.seed}`;
      return `warning: (${where}) ${w.message}\n`;
    });
    return { code: 0, stdout, stderr: (loaded.warnings ?? []).map((w) => `warning: ${formatIssue(w)}\n`).join('') + runWarnings.join('') };
  };
  return threads > 1 ? sweepParallel(docs, opts, Math.min(threads, runs), bar).then(finish) : finish(sweep(docs, opts, bar));
}

function inputErrors(problems: Issue[]): CliResult {
  return { code: 2, stdout: '', stderr: problems.map(formatIssue).join('\n') + `\n${problems.length} problem(s) found; nothing was simulated.\n` };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let s = a; s <= b; s++) out.push(s);
  return out;
}

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
/** seconds as a short duration: 1h24m42s, 36m22s, 0s */
const dur = (s: number | null) => (s === null ? '-' : formatDuration(Math.floor(s) * 1000));

/** The sweep as a table, one row per size, then the answer to the target when one was asked. */
export function renderSweep(r: SweepResult, files: string[]): string {
  const seeds = r.spec.seeds;
  const seedText = seeds.length === 1 ? `seed ${seeds[0]}` : `seeds ${seeds[0]}..${seeds[seeds.length - 1]}`;
  const lines = [`Sweep of ${files.join(' ')}: ${r.rows.length} size(s) x ${seeds.length} seed(s) (${seedText})`];
  if (r.spec.withinSeconds !== null) lines.push(`Service level: a Job completes within ${dur(r.spec.withinSeconds)} of its creation (of its scheduled time, for a CronJob's Job); target ${pct(r.spec.target!)} of Jobs`);
  lines.push('');
  const head = ['POOLS', 'NODES', 'JOBS', 'COMPLETE', 'FAILED', 'UNFINISHED', 'MISSED'];
  if (r.spec.withinSeconds !== null) head.push(`WITHIN ${dur(r.spec.withinSeconds)}`, 'WORST SEED');
  head.push('JOB P50', 'JOB P95', 'JOB MAX', 'POD WAIT P95', 'PENDING PEAK', 'CPU USE', 'CPU PEAK');
  const rows = r.rows.map((row) => {
    const s = row.summary;
    const cells = [
      Object.entries(row.pools).map(([k, n]) => `${k}=${n}`).join(',') || '(as written)',
      String(row.nodes),
      String(s.jobsCreated),
      String(s.complete),
      String(s.failed),
      String(s.unfinished),
      String(s.missed),
    ];
    if (r.spec.withinSeconds !== null) cells.push(s.withinSloShare === null ? 'n/a' : `${pct(s.withinSloShare)}${s.meetsTarget ? '' : ' *'}`, s.withinSloWorstSeedShare === null ? 'n/a' : pct(s.withinSloWorstSeedShare));
    cells.push(dur(s.jobDurationSeconds?.p50 ?? null), dur(s.jobDurationSeconds?.p95 ?? null), dur(s.jobDurationSeconds?.max ?? null), dur(s.podWaitP95SecondsWorst), String(s.pendingPeakMax), pct(s.cpuUtilizationMean), pct(s.cpuPeakUtilizationMax));
    return cells;
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((c) => c[i]!.length)));
  for (const c of [head, ...rows]) lines.push(c.map((x, i) => x.padEnd(widths[i]!)).join('   ').trimEnd());
  lines.push('');
  lines.push('JOBS, COMPLETE, FAILED, UNFINISHED: totals over the seeds; MISSED: CronJob schedule times that never got a Job (skipped behind Forbid, lost to an outage or a starting deadline). JOB P50/P95/MAX: creation to Complete or Failed, every seed pooled.');
  lines.push('POD WAIT P95: the worst seed\'s p95 of creation to binding. PENDING PEAK: the highest over the seeds. CPU USE: requested over allocatable, mean; CPU PEAK: the busiest pool at its peak.');
  if (r.spec.withinSeconds !== null) {
    lines.push(`WITHIN: Jobs complete within the service level over the Jobs decided, every seed pooled (* below the target); WORST SEED: the lowest share of one seed.`);
    lines.push('A Job still running at the end whose window reaches past it is undecided and left out; a Job deleted before it finished missed, and so did a MISSED schedule time (the last one of a run, which may yet start, is left out).');
    const undecided = r.rows.reduce((a, row) => a + (row.summary.undetermined ?? 0), 0);
    if (undecided > 0) lines.push(`${undecided} Job(s) were undecided at the end of their runs: a longer --duration would count them.`);
    const empty = r.rows.filter((row) => row.summary.withinSloShare === null).length;
    if (empty > 0) lines.push(`${empty} size(s) had no Job decided (n/a): nothing there can meet the target.`);
    lines.push('');
    if (r.smallest) {
      const size = Object.entries(r.smallest.pools).map(([k, n]) => `${k}=${n}`).join(',') || 'the pools as written';
      lines.push(`Smallest size meeting ${pct(r.spec.target!)}: ${size} (${r.smallest.nodes} node(s)): ${pct(r.smallest.withinSloShare)} of Jobs within ${dur(r.spec.withinSeconds)}.`);
    } else lines.push(`No size met ${pct(r.spec.target!)} of Jobs within ${dur(r.spec.withinSeconds)}.`);
  }
  return lines.join('\n') + '\n';
}
