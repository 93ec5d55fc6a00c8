// Running one world and asserting properties over the run. A property is a name plus a pure
// check of the finished run; a broken property throws a WorldPropertyError whose message names
// the seed, shows the faults, and says how to replay the world with the CLI (STYLE: every red
// test names its seed and how to reproduce it).

import fc from 'fast-check';
import { stringify } from 'yaml';
import { controllerRefOf, isConditionTrue } from '../api/meta.ts';
import type { CronJob, Job, KObject, Pod } from '../api/types.ts';
import { formatDuration, isoSeconds, parseDurationMs, parseTime } from '../core/time.ts';
import { buildResult } from '../report/result.ts';
import type { SimulationResult } from '../report/result.ts';
import { formatIssue, loadScenarioObjects } from '../scenario/load.ts';
import type { Issue, Scenario } from '../scenario/types.ts';
import { attachInvariants } from '../sim/invariants.ts';
import type { InvariantChecker, Violation } from '../sim/invariants.ts';
import { Simulation } from '../sim/simulation.ts';
import type { RunInfo } from '../sim/simulation.ts';
import { withFaults } from './arbitraries.ts';
import type { FaultDoc } from './arbitraries.ts';

export type { Violation } from '../sim/invariants.ts';

/** Default limit on kernel steps of one world: hitting it is an error, never a silent stop. */
export const DefaultMaxSteps = 5_000_000;

/** The documents do not load: every issue, as the CLI prints them. */
export class InvalidWorldError extends Error {
  constructor(readonly issues: Issue[]) {
    super(`jobsim/testing: invalid world:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'InvalidWorldError';
  }
}

/** A world that hit a limit (too many steps). */
export class WorldLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorldLimitError';
  }
}

export interface RunWorldOptions {
  /** overrides the Simulation document's spec.seed */
  seed?: number;
  /** overrides spec.duration: a duration (`'2h'`) or milliseconds */
  duration?: string | number;
  /** check the simulator's invariants at the end of every virtual instant (default true) */
  invariants?: boolean;
  /** called at the end of every virtual instant, after the invariant checker */
  afterInstant?: (sim: Simulation) => void;
  /** limit on kernel steps (default 5,000,000) */
  maxSteps?: number;
  /** the file name used in replay hints (default `world.yaml`) */
  file?: string;
}

/** Compiles documents (throws InvalidWorldError). */
export function compileWorld(docs: readonly object[]): Scenario {
  const r = loadScenarioObjects(docs as object[], '<world>');
  if (r.issues.length > 0 || !r.scenario) throw new InvalidWorldError(r.issues);
  return r.scenario;
}

/** The world's documents as one YAML stream, ready for `jobsim run`. */
export function worldYaml(docs: readonly object[]): string {
  return docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
}

/** A fault on one line, as a scenario file writes it: `{ at: 1h5m, nodeDown: node-2, for: 30m }`. */
export function formatFault(f: object): string {
  const parts = Object.entries(f).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return `{ ${parts.join(', ')} }`;
}

/** The faults of the world's Simulation document. */
export function faultsOf(docs: readonly object[]): FaultDoc[] {
  const sim = docs.find((d) => (d as { kind?: unknown }).kind === 'Simulation') as { spec?: { faults?: FaultDoc[] } } | undefined;
  return sim?.spec?.faults ?? [];
}

/** One broken property. */
export interface PropertyFailure {
  property: string;
  reason: string;
}

/** A named check of a finished run: returns why it broke, or nothing when it holds. */
export interface WorldProperty {
  readonly name: string;
  check(run: WorldRun): string | null | undefined | void;
}

/** A property of your own: `property('etl runs 3 pods', (r) => r.pods('etl').length === 3 ? null : 'wrong')`. */
export function property(name: string, check: (run: WorldRun) => string | null | undefined | void | boolean): WorldProperty {
  return {
    name,
    check: (run) => {
      const r = check(run);
      if (r === true) return null;
      if (r === false) return 'does not hold';
      return r;
    },
  };
}

/** Thrown by WorldRun.expect: the broken properties, the seed, the faults and the replay. */
export class WorldPropertyError extends Error {
  constructor(
    readonly failures: PropertyFailure[],
    readonly seed: number,
    readonly faults: readonly FaultDoc[],
    readonly world: string,
    readonly replay: string,
  ) {
    super(formatFailure(failures, seed, faults, world, replay));
    this.name = 'WorldPropertyError';
  }
}

const MaxWorldChars = 6000;

function formatFailure(failures: PropertyFailure[], seed: number, faults: readonly FaultDoc[], world: string, replay: string): string {
  const lines = [`jobsim property failed (seed ${seed}):`];
  for (const f of failures) lines.push(`  ✗ ${f.property}: ${f.reason}`);
  lines.push(`  seed: ${seed}`);
  if (faults.length === 0) lines.push('  faults: none');
  else {
    lines.push('  faults:');
    for (const f of faults) lines.push(`    - ${formatFault(f)}`);
  }
  lines.push(`  replay: save the world below as world.yaml, then: ${replay}`);
  lines.push('--- world.yaml');
  lines.push(world.length > MaxWorldChars ? `${world.slice(0, MaxWorldChars)}\n... (${world.length - MaxWorldChars} more characters: see error.world)` : world);
  return lines.join('\n');
}

/** A finished run of one world, with readers over its objects. */
export class WorldRun {
  private _result?: SimulationResult;

  constructor(
    readonly docs: readonly object[],
    readonly sim: Simulation,
    readonly info: RunInfo,
    readonly checker: InvariantChecker | undefined,
    readonly file: string,
    /** the run's own duration when one was given (the replay needs it too), in milliseconds */
    readonly durationMs?: number,
  ) {}

  get seed(): number {
    return this.sim.seed;
  }
  /** invariant violations (empty when invariants were off) */
  get violations(): readonly Violation[] {
    return this.checker?.violations ?? [];
  }
  get faults(): readonly FaultDoc[] {
    return faultsOf(this.docs);
  }
  /** the SimulationResult document of the contract (§3), items and events included */
  get result(): SimulationResult {
    this._result ??= JSON.parse(JSON.stringify(buildResult(this.sim, this.info, { items: true }))) as SimulationResult;
    return this._result;
  }
  get startMs(): number {
    return this.info.startMs;
  }
  get endMs(): number {
    return this.info.endMs;
  }

  /** Every object that existed during the run, in its last state (deleted ones too). */
  items(): KObject[] {
    return this.sim.items();
  }

  /** The Job named `name` (the live one when a name was reused), in its last state. */
  job(name: string, namespace = 'default'): Job | undefined {
    return this.sim.lastNamed('Job', name, namespace);
  }

  cronJob(name: string, namespace = 'default'): CronJob | undefined {
    return this.sim.lastNamed('CronJob', name, namespace);
  }

  /** The pods a Job named `jobName` created, oldest first. */
  pods(jobName: string, namespace = 'default'): Pod[] {
    return this.sim
      .items()
      .filter((o): o is Pod => o.kind === 'Pod' && (o.metadata.namespace ?? 'default') === namespace && controllerRefOf(o)?.kind === 'Job' && controllerRefOf(o)?.name === jobName)
      .sort(byCreation);
  }

  /** The Jobs a CronJob created, oldest first. */
  jobsOf(cronJobName: string, namespace = 'default'): Job[] {
    return this.sim
      .items()
      .filter((o): o is Job => o.kind === 'Job' && (o.metadata.namespace ?? 'default') === namespace && controllerRefOf(o)?.kind === 'CronJob' && controllerRefOf(o)?.name === cronJobName)
      .sort(byCreation);
  }

  /** Milliseconds of virtual time from the start to an RFC 3339 timestamp of the run. */
  offsetMs(time: string): number {
    return parseTime(time) - this.info.startMs;
  }

  yaml(): string {
    return worldYaml(this.docs);
  }

  /** The command line that replays this run from the YAML of `yaml()`. */
  replay(): string {
    return replayCommand(this.file, this.seed, this.durationMs);
  }

  /** The properties that break, with why. */
  check(...props: WorldProperty[]): PropertyFailure[] {
    const out: PropertyFailure[] = [];
    for (const p of props) {
      const reason = p.check(this);
      if (typeof reason === 'string') out.push({ property: p.name, reason });
    }
    return out;
  }

  /** Throws a WorldPropertyError naming the seed and the faults when a property breaks. */
  expect(...props: WorldProperty[]): this {
    const failures = this.check(...props);
    if (failures.length > 0) throw new WorldPropertyError(failures, this.seed, this.faults, this.yaml(), this.replay());
    return this;
  }
}

function byCreation(a: KObject, b: KObject): number {
  const d = parseTime(a.metadata.creationTimestamp) - parseTime(b.metadata.creationTimestamp);
  if (d !== 0) return d;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : a.metadata.uid < b.metadata.uid ? -1 : 1;
}

/** The CLI command that replays a world saved as `file`, with the run's seed and duration. */
function replayCommand(file: string, seed: number, durationMs: number | undefined): string {
  return `npx jobsim run ${file} --seed ${seed}${durationMs !== undefined ? ` --duration ${durationFlag(durationMs)}` : ''}`;
}

/** A duration for --duration: whole units where they fit, else milliseconds (Go reads both). */
function durationFlag(ms: number): string {
  for (const [unit, size] of [['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) if (ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

function durationMsOf(d: string | number, what: string): number {
  if (typeof d === 'number') return d;
  const ms = parseDurationMs(d);
  if (ms === null) throw new Error(`jobsim/testing: ${what}: invalid duration ${JSON.stringify(d)}`);
  return ms;
}

/**
 * Loads and runs a world (throws InvalidWorldError when it does not load), checking the
 * simulator's invariants at the end of every virtual instant unless `invariants: false`.
 */
export function runWorld(docs: readonly object[], opts: RunWorldOptions = {}): WorldRun {
  const scenario = compileWorld(docs);
  const file = opts.file ?? 'world.yaml';
  const durationMs = opts.duration === undefined ? undefined : durationMsOf(opts.duration, 'duration');
  const maxSteps = opts.maxSteps ?? DefaultMaxSteps;
  const after = opts.afterInstant;
  let checker: InvariantChecker | undefined;
  const sim: Simulation = new Simulation(scenario, {
    seed: opts.seed,
    durationMs,
    keepHistory: true,
    afterStep: (s) => {
      if (s.kernel.steps > maxSteps) throw new WorldLimitError(`jobsim/testing: the world (seed ${s.seed}) did not finish within ${maxSteps} steps (virtual time ${isoSeconds(s.kernel.now)}); give it a spec.duration. Replay: ${replayCommand(file, s.seed, durationMs)}`);
      const next = s.kernel.peekTime();
      if (next !== null && next <= s.kernel.now) return;
      checker?.check();
      after?.(s);
    },
  });
  if (opts.invariants ?? true) checker = attachInvariants(sim, replayCommand(file, sim.seed, durationMs));
  const info = sim.run();
  return new WorldRun(docs, sim, info, checker, file, durationMs);
}

// ---------------------------------------------------------------------------------------------
// properties

export interface JobRef {
  namespace?: string;
}

function needJob(run: WorldRun, name: string, ns: string | undefined): Job | string {
  const job = run.job(name, ns);
  return job ?? `no Job ${ns ?? 'default'}/${name} existed during the run`;
}

function jobLabel(name: string, ns?: string): string {
  return ns && ns !== 'default' ? `${ns}/${name}` : name;
}

function summary(job: Job): string {
  const s = job.status;
  const conds = (s.conditions ?? []).filter((c) => c.status === 'True').map((c) => `${c.type}/${c.reason ?? ''}`);
  return `active=${s.active ?? 0} succeeded=${s.succeeded ?? 0} failed=${s.failed ?? 0}${conds.length ? ` conditions=[${conds.join(', ')}]` : ''}`;
}

/** The Job has Complete=True within `within` (`'2h'` or ms) of its creation. */
export function completesWithin(jobName: string, within: string | number, opts: JobRef = {}): WorldProperty {
  const ms = durationMsOf(within, 'completesWithin');
  return {
    name: `completesWithin(${jobLabel(jobName, opts.namespace)}, ${formatDuration(ms)})`,
    check(run) {
      const job = needJob(run, jobName, opts.namespace);
      if (typeof job === 'string') return job;
      const created = parseTime(job.metadata.creationTimestamp);
      const complete = job.status.conditions?.find((c) => c.type === 'Complete' && c.status === 'True');
      if (!complete) return `not complete when the run ended at +${formatDuration(run.endMs - run.startMs)} (${summary(job)})`;
      const took = parseTime(complete.lastTransitionTime ?? job.status.completionTime) - created;
      if (took > ms) return `completed ${formatDuration(took)} after its creation, later than ${formatDuration(ms)}`;
      return null;
    },
  };
}

/** The Job ends Complete (whenever). */
export function succeeds(jobName: string, opts: JobRef = {}): WorldProperty {
  return {
    name: `succeeds(${jobLabel(jobName, opts.namespace)})`,
    check(run) {
      const job = needJob(run, jobName, opts.namespace);
      if (typeof job === 'string') return job;
      return isConditionTrue(job.status.conditions, 'Complete') ? null : `not complete at the end (${summary(job)})`;
    },
  };
}

/** The Job's status.failed (pods counted as failed) never exceeds `n`. */
export function maxFailed(jobName: string, n: number, opts: JobRef = {}): WorldProperty {
  return {
    name: `maxFailed(${jobLabel(jobName, opts.namespace)}, ${n})`,
    check(run) {
      const job = needJob(run, jobName, opts.namespace);
      if (typeof job === 'string') return job;
      const failed = job.status.failed ?? 0;
      return failed > n ? `Job ${jobLabel(jobName, opts.namespace)} has failed=${failed} > ${n} (${summary(job)})` : null;
    },
  };
}

/**
 * Retries: the Job's pods that failed or were deleted before they succeeded, plus container
 * restarts (restartPolicy OnFailure), never exceed `n`. Pods stopped because the Job had already
 * reached its end (SuccessCriteriaMet or FailureTarget: deadline, failure policy, success
 * policy) are not retries.
 */
export function maxRetries(jobName: string, n: number, opts: JobRef = {}): WorldProperty {
  return {
    name: `maxRetries(${jobLabel(jobName, opts.namespace)}, ${n})`,
    check(run) {
      const job = needJob(run, jobName, opts.namespace);
      if (typeof job === 'string') return job;
      const ends = (job.status.conditions ?? []).filter((c) => c.status === 'True' && ['SuccessCriteriaMet', 'FailureTarget', 'Complete', 'Failed'].includes(c.type));
      const decidedMs = ends.length ? Math.min(...ends.map((c) => parseTime(c.lastTransitionTime))) : Infinity;
      const pods = run.pods(jobName, opts.namespace).filter((p) => controllerRefOf(p)?.uid === job.metadata.uid);
      const retried = pods.filter((p) => {
        if (p.status.phase === 'Succeeded') return false;
        const del = p.metadata.deletionTimestamp;
        if (del !== undefined && parseTime(del) - (p.metadata.deletionGracePeriodSeconds ?? 0) * 1000 >= decidedMs) return false;
        return p.status.phase === 'Failed' || del !== undefined;
      }).length;
      const restarts = pods.reduce((a, p) => a + (p.status.containerStatuses ?? []).reduce((b, c) => b + c.restartCount, 0), 0);
      const retries = retried + restarts;
      return retries > n ? `${retries} retries (${retried} failed or deleted pods, ${restarts} container restarts) > ${n}` : null;
    },
  };
}

/** The Job never created more than `n` pods. */
export function maxPods(jobName: string, n: number, opts: JobRef = {}): WorldProperty {
  return {
    name: `maxPods(${jobLabel(jobName, opts.namespace)}, ${n})`,
    check(run) {
      const job = needJob(run, jobName, opts.namespace);
      if (typeof job === 'string') return job;
      const k = run.pods(jobName, opts.namespace).filter((p) => controllerRefOf(p)?.uid === job.metadata.uid).length;
      return k > n ? `created ${k} pods > ${n}` : null;
    },
  };
}

export interface InvariantFilter {
  /** only these invariants (names of Invariants in src/sim/invariants.ts) */
  only?: string[];
  /** all but these */
  except?: string[];
}

/**
 * No invariant of the simulator's checker broke: all of them, the ones named
 * (`noInvariantViolations('job-active-le-parallelism')`), or a filter (`{ except: [...] }`).
 */
export function noInvariantViolations(...args: string[] | [InvariantFilter]): WorldProperty {
  const filter: InvariantFilter = typeof args[0] === 'object' ? args[0] : { only: args as string[] };
  const only = filter.only?.length ? filter.only : undefined;
  const except = filter.except ?? [];
  const label = [only ? only.join(', ') : '', except.length ? `except ${except.join(', ')}` : ''].filter(Boolean).join('; ');
  return {
    name: `noInvariantViolations(${label})`,
    check(run) {
      if (!run.checker) return 'the run was made with invariants: false';
      const vs = run.violations.filter((v) => (!only || only.includes(v.invariant)) && !except.includes(v.invariant));
      if (vs.length === 0) return null;
      const shown = vs.slice(0, 5).map((v) => `[${v.invariant}] at +${formatDuration(v.timeMs - run.startMs)} (${v.time}): ${v.message}`);
      return `${vs.length} violation(s):\n      ${shown.join('\n      ')}${vs.length > 5 ? `\n      ... and ${vs.length - 5} more` : ''}`;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// fast-check glue

/**
 * A fast-check property: for every fault plan drawn by `faults`, the world `docs` with those
 * faults added keeps every property. Use with `fc.assert(..., { seed })`.
 */
export function forAllFaults(docs: readonly object[], faults: fc.Arbitrary<FaultDoc[]>, props: WorldProperty[], opts: RunWorldOptions = {}): fc.IPropertyWithHooks<[FaultDoc[]]> {
  return fc.property(faults, (fs) => {
    runWorld(withFaults(docs, fs), opts).expect(...props);
  });
}

/** A fast-check property: every world drawn by `worlds` keeps every property (`props` may depend on the world). */
export function forAllWorlds(worlds: fc.Arbitrary<object[]>, props: WorldProperty[] | ((docs: object[]) => WorldProperty[]), opts: RunWorldOptions = {}): fc.IPropertyWithHooks<[object[]]> {
  return fc.property(worlds, (docs) => {
    runWorld(docs, opts).expect(...(typeof props === 'function' ? props(docs) : props));
  });
}
