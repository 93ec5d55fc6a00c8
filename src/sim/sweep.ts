// A capacity sweep: the same scenario at several node-pool sizes, each over several seeds, read
// as the questions planners ask ("how many nodes so that 95% of the nightly Jobs finish within
// 4h of their schedule?"). Each size is loaded and validated like a scenario of its own (a fault
// that names a node the smaller pool lacks is an input error); each run is a summary-mode run.

import type { Job } from '../api/types.ts';
import { CronJobScheduledTimestampAnnotation } from '../api/types.ts';
import { parseTime } from '../core/time.ts';
import { DefaultNodePool, loadScenarioObjects } from '../scenario/load.ts';
import type { Issue, Scenario } from '../scenario/types.ts';
import { Simulation } from './simulation.ts';

/** a sweep may not run more simulations than this (sizes × seeds) */
export const MaxSweepRuns = 10_000;
/** worker threads a parallel sweep may start */
export const MaxSweepThreads = 64;

export interface SweepOptions {
  /** per pool, the node counts to try; the sizes are every combination, the first pool outermost */
  pools: Array<{ name: string; counts: number[] }>;
  seeds: number[];
  durationMs?: number;
  /** the service level: a Job meets it when it completes within this long of its creation (of its scheduled time, for a CronJob's Job) */
  withinMs?: number;
  /** the share of Jobs (over every seed of a size) that must meet `withinMs`, 0-1 */
  target?: number;
}

/** One simulation of one size and seed. */
export interface SweepRun {
  seed: number;
  /**
   * withinSlo: complete within the service level; undetermined: still running at the end with
   * their window reaching past it (left out of the share); both null without a service level;
   * missed: CronJob schedule times that never got a Job (each a miss of the service level)
   */
  jobs: { created: number; complete: number; failed: number; unfinished: number; withinSlo: number | null; undetermined: number | null; missed: number };
  /** seconds from a Job's creation to its Complete/Failed condition, nearest-rank p95 over this run's Jobs */
  jobDurationP95Seconds: number | null;
  podWaitP95Seconds: number | null;
  pendingPeak: number;
  /** requested CPU over allocatable CPU, time-weighted mean, over every pool */
  cpuUtilization: number;
  /** per pool: requested over allocatable CPU, the time-weighted mean and the peak */
  pools: Record<string, { cpuUtilization: number; cpuPeakUtilization: number }>;
  /** seconds from the start to the last Job's finish */
  lastFinishedAtSeconds: number | null;
}

export interface SweepRow {
  pools: Record<string, number>;
  nodes: number;
  runs: SweepRun[];
  summary: {
    jobsCreated: number;
    complete: number;
    failed: number;
    unfinished: number;
    /** CronJob schedule times that never got a Job, every seed */
    missed: number;
    /** Jobs running at the end whose window outlasts the run, every seed (null without `withinMs`) */
    undetermined: number | null;
    /** Jobs that met the service level over the Jobs decided (created and missed, less undetermined), every seed pooled; null without `withinMs` or with no Job decided */
    withinSloShare: number | null;
    /** the lowest share of a single seed (seeds with no Job decided left out) */
    withinSloWorstSeedShare: number | null;
    meetsTarget: boolean | null;
    /** Job durations of every seed pooled: nearest-rank percentiles, seconds */
    jobDurationSeconds: { p50: number; p95: number; max: number } | null;
    /** the worst seed's p95 of pod scheduling waits */
    podWaitP95SecondsWorst: number | null;
    pendingPeakMax: number;
    cpuUtilizationMean: number;
    /** the busiest pool's peak of requested over allocatable CPU, the highest over the seeds */
    cpuPeakUtilizationMax: number;
  };
}

export interface SweepResult {
  apiVersion: 'jobsim/v1alpha1';
  kind: 'SweepResult';
  metadata: { name: string };
  spec: { pools: SweepOptions['pools']; seeds: number[]; withinSeconds: number | null; target: number | null };
  rows: SweepRow[];
  /** the size with the fewest nodes whose pooled share meets the target (the first in sweep order on a tie); null when none does or no target was asked */
  smallest: { pools: Record<string, number>; nodes: number; withinSloShare: number } | null;
}

type Doc = Record<string, unknown>;

/** Every combination of the pools' counts, the first pool outermost. */
export function sweepSizes(pools: SweepOptions['pools']): Array<Record<string, number>> {
  let sizes: Array<Record<string, number>> = [{}];
  for (const p of pools) sizes = sizes.flatMap((s) => p.counts.map((n) => ({ ...s, [p.name]: n })));
  return sizes;
}

/** The documents with the Simulation's pool counts set (a Simulation, or its default pool, is added when missing). */
export function withPoolCounts(docs: readonly Doc[], size: Record<string, number>): Doc[] {
  const out = docs.map((d) => structuredClone(d));
  let sim = out.find((d) => d['kind'] === 'Simulation');
  if (!sim) out.unshift((sim = { apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'sweep' }, spec: {} }));
  const spec = ((sim['spec'] as Doc | undefined) ??= {});
  const cluster = ((spec['cluster'] as Doc | undefined) ??= {});
  if (!Array.isArray(cluster['nodePools'])) cluster['nodePools'] = [{ name: DefaultNodePool.name, count: DefaultNodePool.count, capacity: { ...DefaultNodePool.capacity } }];
  for (const pool of cluster['nodePools'] as Doc[]) {
    const n = size[pool['name'] as string];
    if (n !== undefined) pool['count'] = n;
  }
  return out;
}

/** The pools a scenario declares, by name (the default pool when it declares none). */
export function poolNames(scenario: Scenario): string[] {
  return scenario.config.nodePools.map((p) => p.name);
}

/** Nearest-rank percentile of sorted values. */
function nearestRank(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const seconds = (ms: number) => Math.round(ms) / 1000;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
/** n of d, to four places; null of nothing (no Job decided: no share to meet a target with) */
const share = (n: number, d: number): number | null => (d <= 0 ? null : Math.round((n / d) * 10_000) / 10_000);

/** The scenarios of every size, validated; or every problem of every size. */
function loadSizes(docs: readonly Doc[], sizes: Array<Record<string, number>>): { scenarios: Scenario[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const scenarios: Scenario[] = [];
  for (const size of sizes) {
    const label = Object.entries(size).map(([k, v]) => `${k}=${v}`).join(',');
    const loaded = loadScenarioObjects(withPoolCounts(docs, size), '<sweep>');
    for (const i of loaded.issues) issues.push({ ...i, file: label ? `--pool ${label}` : i.file });
    if (loaded.scenario) scenarios.push(loaded.scenario);
  }
  return { scenarios, issues };
}

/** One run of a sweep, as a worker thread receives it: the documents, the size and the seed. */
export interface SweepTask {
  docs: readonly Doc[];
  size: Record<string, number>;
  seed: number;
  durationMs?: number;
  withinMs?: number;
}

export interface SweepTaskResult {
  run: SweepRun;
  /** the run's Job durations, ms, for the pooled percentiles */
  durations: number[];
  /** what the run warned of (a timeline action refused, a fault on a node gone), as `jobsim run` prints it */
  warnings: string[];
}

/** A task run where it lands (a worker thread): the size is loaded again, already known valid. */
export function runSweepTask(t: SweepTask): SweepTaskResult {
  const loaded = loadScenarioObjects(withPoolCounts(t.docs, t.size), '<sweep>');
  if (!loaded.scenario) throw new Error(`sweep: size ${JSON.stringify(t.size)} did not load: ${loaded.issues.map((i) => i.message).join('; ')}`);
  const durations: number[] = [];
  const warnings: string[] = [];
  return { run: runOne(loaded.scenario, t.seed, t, durations, warnings), durations, warnings };
}

function assemble(opts: SweepOptions, sizes: Array<Record<string, number>>, scenarios: Scenario[], results: SweepTaskResult[]): SweepResult {
  const n = opts.seeds.length;
  const rows: SweepRow[] = sizes.map((size, i) => {
    const mine = results.slice(i * n, (i + 1) * n);
    const nodes = scenarios[i]!.config.nodePools.reduce((a, p) => a + p.count, 0);
    const runs = mine.map((r) => r.run);
    return { pools: size, nodes, runs, summary: summarize(runs, mine.flatMap((r) => r.durations), opts) };
  });
  let smallest: SweepResult['smallest'] = null;
  for (const r of rows) {
    if (!r.summary.meetsTarget) continue;
    if (!smallest || r.nodes < smallest.nodes) smallest = { pools: r.pools, nodes: r.nodes, withinSloShare: r.summary.withinSloShare! };
  }
  return {
    apiVersion: 'jobsim/v1alpha1',
    kind: 'SweepResult',
    metadata: { name: scenarios[0]?.config.name ?? 'sweep' },
    spec: { pools: opts.pools, seeds: opts.seeds, withinSeconds: opts.withinMs === undefined ? null : seconds(opts.withinMs), target: opts.target ?? null },
    rows,
    smallest,
  };
}

/**
 * Runs the sweep. `docs` are the scenario's documents as parsed; they are validated once per
 * size, and every problem of every size is returned (nothing is run then).
 */
export function sweep(docs: readonly Doc[], opts: SweepOptions, progress?: (done: number, total: number) => void): { result?: SweepResult; issues: Issue[]; warnings?: SweepWarning[] } {
  const sizes = sweepSizes(opts.pools);
  const { scenarios, issues } = loadSizes(docs, sizes);
  if (issues.length > 0) return { issues };
  const total = sizes.length * opts.seeds.length;
  const results: SweepTaskResult[] = [];
  scenarios.forEach((scenario) => {
    for (const seed of opts.seeds) {
      const durations: number[] = [];
      const warnings: string[] = [];
      results.push({ run: runOne(scenario, seed, opts, durations, warnings), durations, warnings });
      progress?.(results.length, total);
    }
  });
  return { issues: [], result: assemble(opts, sizes, scenarios, results), warnings: sweepWarnings(sizes, opts.seeds, results) };
}

/** A run warning of a sweep: its text, how many runs gave it, and the first of them. */
export interface SweepWarning {
  message: string;
  runs: number;
  first: { pools: Record<string, number>; seed: number };
}

/** The runs' warnings, each distinct text once, in the order first met (sweep order). */
function sweepWarnings(sizes: Array<Record<string, number>>, seeds: number[], results: SweepTaskResult[]): SweepWarning[] {
  const byText = new Map<string, SweepWarning>();
  results.forEach((r, i) => {
    for (const message of new Set(r.warnings)) {
      const w = byText.get(message);
      if (w) w.runs++;
      else byText.set(message, { message, runs: 1, first: { pools: sizes[Math.floor(i / seeds.length)]!, seed: seeds[i % seeds.length]! } });
    }
  });
  return [...byText.values()];
}

/**
 * The same sweep with its runs spread over `threads` worker threads (tinypool). The result is
 * the same document as sweep()'s: each run is a function of its size and seed alone, and the
 * results are put back in sweep order whatever order they finish in.
 */
export async function sweepParallel(docs: readonly Doc[], opts: SweepOptions, threads: number, progress?: (done: number, total: number) => void): Promise<{ result?: SweepResult; issues: Issue[]; warnings?: SweepWarning[] }> {
  const sizes = sweepSizes(opts.pools);
  const { scenarios, issues } = loadSizes(docs, sizes);
  if (issues.length > 0) return { issues };
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: new URL('../../lib/sweep-worker.mjs', import.meta.url).href, minThreads: 1, maxThreads: threads });
  let done = 0;
  const total = sizes.length * opts.seeds.length;
  try {
    const tasks = sizes.flatMap((size) => opts.seeds.map((seed): SweepTask => ({ docs, size, seed, durationMs: opts.durationMs, withinMs: opts.withinMs })));
    const results = await Promise.all(
      tasks.map(async (t) => {
        const r = (await pool.run(t)) as SweepTaskResult;
        progress?.(++done, total);
        return r;
      }),
    );
    return { issues: [], result: assemble(opts, sizes, scenarios, results), warnings: sweepWarnings(sizes, opts.seeds, results) };
  } finally {
    await pool.destroy();
  }
}

/** Where a Job's service-level window starts: its scheduled time for a CronJob's Job, else its creation. */
function sloFrom(job: Job, createdMs: number): number {
  const scheduled = job.metadata.annotations?.[CronJobScheduledTimestampAnnotation];
  if (scheduled === undefined || !job.metadata.ownerReferences?.some((r) => r.controller && r.kind === 'CronJob')) return createdMs;
  const t = parseTime(scheduled);
  return Number.isNaN(t) ? createdMs : t;
}

/** One summary-mode run; its Job durations (ms) are appended to `durations`, its warnings to `warnings`. */
function runOne(scenario: Scenario, seed: number, opts: Pick<SweepOptions, 'durationMs' | 'withinMs'>, durations: number[], warnings: string[]): SweepRun {
  const sim = new Simulation(scenario, { seed, durationMs: opts.durationMs, keepHistory: false });
  const createdMs = new Map<string, number>();
  const finished = new Set<string>();
  const jobs: SweepRun['jobs'] = { created: 0, complete: 0, failed: 0, unfinished: 0, withinSlo: opts.withinMs === undefined ? null : 0, undetermined: opts.withinMs === undefined ? null : 0, missed: 0 };
  /** Jobs not finished (nor deleted) yet: where their service-level window starts */
  const windowFrom = new Map<string, number>();
  // the Job watch sees each Job's creation and the write of its terminal condition, at their instants
  sim.store.watch('Job', (type, job: Job) => {
    const uid = job.metadata.uid;
    if (type === 'ADDED') {
      jobs.created++;
      createdMs.set(uid, sim.kernel.now);
      windowFrom.set(uid, sloFrom(job, sim.kernel.now));
    }
    // a Job deleted before it finished (Replace, say) never meets the service level
    if (type === 'DELETED') windowFrom.delete(uid);
    if (type === 'DELETED' || finished.has(uid)) return;
    const end = (job.status.conditions ?? []).find((c) => c.status === 'True' && (c.type === 'Complete' || c.type === 'Failed'));
    if (!end) return;
    finished.add(uid);
    windowFrom.delete(uid);
    const now = sim.kernel.now;
    const created = createdMs.get(uid) ?? now;
    createdMs.delete(uid);
    durations.push(now - created);
    if (end.type === 'Failed') {
      jobs.failed++;
      return;
    }
    jobs.complete++;
    if (jobs.withinSlo !== null && now - sloFrom(job, created) <= opts.withinMs!) jobs.withinSlo++;
  });
  const info = sim.run();
  warnings.push(...sim.warnings);
  jobs.unfinished = jobs.created - jobs.complete - jobs.failed;
  for (const n of sim.cronRuns.missed(info.endMs).values()) jobs.missed += n;
  // a Job still running whose window outlasts the run may yet meet the service level: undecided
  if (jobs.undetermined !== null) for (const from of windowFrom.values()) if (from + opts.withinMs! > info.endMs) jobs.undetermined++;
  const m = sim.metrics;
  let requested = 0;
  let capacity = 0;
  const pools: SweepRun['pools'] = {};
  for (const [name, p] of m.pools) {
    requested += p.cpuRequested.mean(info.endMs);
    capacity += p.cpuMilliCapacity;
    pools[name] = { cpuUtilization: p.cpuMilliCapacity ? round4(p.cpuRequested.mean(info.endMs) / p.cpuMilliCapacity) : 0, cpuPeakUtilization: p.cpuMilliCapacity ? round4(p.cpuRequested.peak(info.endMs) / p.cpuMilliCapacity) : 0 };
  }
  const jd = m.jobDurations.percentile(95);
  const pw = m.podWait.percentile(95);
  return {
    seed,
    jobs,
    jobDurationP95Seconds: jd === null ? null : seconds(jd),
    podWaitP95Seconds: pw === null ? null : seconds(pw),
    pendingPeak: m.pendingTotal.peak(info.endMs),
    cpuUtilization: capacity === 0 ? 0 : round4(requested / capacity),
    pools,
    lastFinishedAtSeconds: m.lastJobFinishMs === null ? null : seconds(m.lastJobFinishMs - info.startMs),
  };
}

function summarize(runs: readonly SweepRun[], durations: number[], opts: SweepOptions): SweepRow['summary'] {
  const sum = (f: (r: SweepRun) => number) => runs.reduce((a, r) => a + f(r), 0);
  const created = sum((r) => r.jobs.created);
  const hasSlo = opts.withinMs !== undefined;
  const within = hasSlo ? sum((r) => r.jobs.withinSlo ?? 0) : null;
  const undetermined = hasSlo ? sum((r) => r.jobs.undetermined ?? 0) : null;
  const missed = sum((r) => r.jobs.missed);
  // a run the CronJob controller never started is a miss: it did not finish in time either
  const decided = created + missed - (undetermined ?? 0);
  const withinShare = within === null ? null : share(within, decided);
  const seedShares = runs.map((r) => share(r.jobs.withinSlo ?? 0, r.jobs.created + r.jobs.missed - (r.jobs.undetermined ?? 0))).filter((x): x is number => x !== null);
  const sorted = durations.sort((a, b) => a - b);
  const waits = runs.map((r) => r.podWaitP95Seconds).filter((x): x is number => x !== null);
  return {
    jobsCreated: created,
    complete: sum((r) => r.jobs.complete),
    failed: sum((r) => r.jobs.failed),
    unfinished: sum((r) => r.jobs.unfinished),
    missed,
    undetermined,
    withinSloShare: withinShare,
    withinSloWorstSeedShare: hasSlo && seedShares.length > 0 ? Math.min(...seedShares) : null,
    // the target is held against the exact share (the printed one is rounded to 4 places: 2/3 is
    // 0.6667, which a target of 0.6667 must not call met)
    meetsTarget: withinShare === null || opts.target === undefined ? null : within! / decided >= opts.target,
    jobDurationSeconds: sorted.length === 0 ? null : { p50: seconds(nearestRank(sorted, 50)), p95: seconds(nearestRank(sorted, 95)), max: seconds(sorted[sorted.length - 1]!) },
    podWaitP95SecondsWorst: waits.length === 0 ? null : Math.max(...waits),
    pendingPeakMax: Math.max(...runs.map((r) => r.pendingPeak)),
    cpuUtilizationMean: runs.length === 0 ? 0 : round4(sum((r) => r.cpuUtilization) / runs.length),
    cpuPeakUtilizationMax: Math.max(0, ...runs.flatMap((r) => Object.values(r.pools).map((p) => p.cpuPeakUtilization))),
  };
}
