// `jobsim check`: explore seeded worlds around a scenario (random faults from its `check`
// section), check its properties and the invariants in each, and shrink a failing world to a
// minimal scenario with its faults written out. Pure: the CLI reads and writes the files.

import type { Job } from '../api/types.ts';
import { CronJobScheduledTimestampAnnotation } from '../api/types.ts';
import { RngFactory } from '../core/rng.ts';
import { formatDuration, goSecondsMs, isoSeconds, parseTime } from '../core/time.ts';
import { forEachOwedSlot, mayYetStart, missedFromMs } from './slots.ts';
import { loadScenarioObjects } from '../scenario/load.ts';
import type { CheckProperty, Issue, Scenario } from '../scenario/types.ts';
import { InvariantChecker, endOfInstantHook } from './invariants.ts';
import { DefaultCronJobRunMs, Simulation } from './simulation.ts';

type Doc = Record<string, unknown>;

export interface PropertyFailure {
  property: string;
  message: string;
  timeMs?: number;
}

export interface WorldResult {
  seed: number;
  docs: Doc[];
  failures: PropertyFailure[];
  endMs: number;
}

function simDoc(docs: Doc[]): Doc {
  let d = docs.find((x) => x['kind'] === 'Simulation');
  if (!d) {
    d = { apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'check' }, spec: {} };
    docs.unshift(d);
  }
  (d['spec'] as Doc | undefined) ?? (d['spec'] = {});
  return d;
}

/** Evaluates the scenario's properties on a finished simulation. */
export function evaluateProperties(sim: Simulation, props: CheckProperty[], endMs: number): PropertyFailure[] {
  const out: PropertyFailure[] = [];
  const items = sim.items();
  for (const p of props) {
    if (p.job !== undefined) {
      // when the name was reused, the last Job of that name, as the testing library judges it
      const job = sim.lastNamed('Job', p.job, p.namespace);
      const label = `job ${p.namespace}/${p.job}`;
      if (!job) {
        out.push({ property: `${label}: exists`, message: `Job ${p.job} never existed` });
        continue;
      }
      if (p.maxFailed !== undefined && (job.status.failed ?? 0) > p.maxFailed) {
        out.push({ property: `${label}: maxFailed ${p.maxFailed}`, message: `Job ${p.job} has status.failed = ${job.status.failed}, more than ${p.maxFailed}` });
      }
      if (p.completesWithinMs !== undefined) {
        const created = parseTime(job.metadata.creationTimestamp);
        const complete = job.status.conditions?.find((c) => c.type === 'Complete' && c.status === 'True');
        const failed = job.status.conditions?.find((c) => c.type === 'Failed' && c.status === 'True');
        const within = formatDuration(p.completesWithinMs);
        if (complete) {
          const took = parseTime(complete.lastTransitionTime) - created;
          if (took > p.completesWithinMs) out.push({ property: `${label}: completesWithin ${within}`, message: `Job ${p.job} completed after ${formatDuration(took)}`, timeMs: parseTime(complete.lastTransitionTime) });
        } else if (failed) {
          out.push({ property: `${label}: completesWithin ${within}`, message: `Job ${p.job} failed (${failed.reason}) at ${failed.lastTransitionTime}`, timeMs: parseTime(failed.lastTransitionTime) });
        } else if (endMs - created >= p.completesWithinMs) {
          out.push({ property: `${label}: completesWithin ${within}`, message: `Job ${p.job} had not completed ${within} after its creation`, timeMs: created + p.completesWithinMs });
        } else {
          // not complete when the run ended, before the deadline: broken too, as the testing
          // library judges it; a run that went quiet will never complete it, and a run cut by its
          // duration cannot show that it would have (give it a duration past the deadline)
          out.push({ property: `${label}: completesWithin ${within}`, message: `Job ${p.job} was not complete when the run ended at ${isoSeconds(endMs)}, ${formatDuration(endMs - created)} after its creation`, timeMs: endMs });
        }
      }
    }
    if (p.cronJob !== undefined) {
      const cj = sim.lastNamed('CronJob', p.cronJob, p.namespace);
      const label = `cronJob ${p.namespace}/${p.cronJob}`;
      if (!cj) {
        out.push({ property: `${label}: exists`, message: `CronJob ${p.cronJob} never existed` });
        continue;
      }
      const jobs = items.filter((o): o is Job => o.kind === 'Job' && (o.metadata.ownerReferences ?? []).some((r) => r.uid === cj.metadata.uid));
      const bySlot = new Map<number, Job>();
      for (const j of jobs) {
        const s = j.metadata.annotations?.[CronJobScheduledTimestampAnnotation];
        if (s !== undefined) bySlot.set(parseTime(s), j);
      }
      if (p.noMissedSlot) {
        // the slots owed: those of each stretch of time in which the CronJob was neither
        // suspended nor being deleted, under the schedule it had then; an unmet one is missed
        // by the rule of the missedSchedules metric (CronRunTracker): the last one only once it
        // may no longer start
        const history = sim.cronJobSpecHistory.get(cj.metadata.uid) ?? [];
        let firstUnmet: number | undefined;
        let nextAfterUnmet: number | undefined;
        let last = -Infinity;
        let lastStarted = -Infinity;
        forEachOwedSlot(history, endMs, (t) => {
          if (firstUnmet !== undefined && nextAfterUnmet === undefined) nextAfterUnmet = t;
          if (bySlot.has(t)) lastStarted = t;
          else firstUnmet ??= t;
          last = t;
        });
        const deadlineMs = cj.spec.startingDeadlineSeconds === undefined ? undefined : goSecondsMs(cj.spec.startingDeadlineSeconds);
        if (firstUnmet !== undefined && !(firstUnmet === last && mayYetStart(history, last, endMs, lastStarted, deadlineMs))) {
          // timeMs: when it became missed, so that a run cut there (the shrinker) still misses it
          out.push({ property: `${label}: noMissedSlot`, message: `no Job ran for the slot ${isoSeconds(firstUnmet)}`, timeMs: finiteOr(missedFromMs(history, firstUnmet, nextAfterUnmet, deadlineMs), firstUnmet) });
        }
      }
      if (p.maxLatenessMs !== undefined) {
        for (const [slot, j] of [...bySlot].sort((a, b) => a[0] - b[0])) {
          const late = parseTime(j.metadata.creationTimestamp) - slot;
          if (late > p.maxLatenessMs) {
            out.push({ property: `${label}: maxLateness ${formatDuration(p.maxLatenessMs)}`, message: `the Job for ${isoSeconds(slot)} started ${formatDuration(late)} late`, timeMs: slot + late });
            break;
          }
        }
      }
    }
  }
  return out;
}

/** The faults of one explored world, drawn from its seed, as scenario fault documents. */
export function drawFaults(scenario: Scenario, worldSeed: number, horizonMs: number): Doc[] {
  const faults = scenario.config.check?.faults;
  const nodes: string[] = [];
  for (const p of scenario.config.nodePools) for (let i = 1; i <= p.count; i++) nodes.push(`${p.name}-${i}`);
  const out: Array<{ atMs: number; doc: Doc }> = [];
  // each kind from a stream of its own, so that adding drains leaves a world's node failures as they were
  for (const [kind, stream] of [['nodeDown', 'check/faults'], ['drainNode', 'check/drains']] as const) {
    const spec = faults?.[kind];
    if (!spec) continue;
    const rng = new RngFactory(worldSeed).stream(stream);
    const n = rng.int(spec.max + 1);
    for (let i = 0; i < n && nodes.length > 0; i++) {
      const node = nodes[rng.int(nodes.length)]!;
      const atMs = Math.floor((rng.next() * horizonMs) / 1000) * 1000;
      const forMs = Math.round((spec.forMinMs + rng.next() * (spec.forMaxMs - spec.forMinMs)) / 1000) * 1000;
      out.push({ atMs, doc: { at: formatDuration(atMs), [kind]: node, for: formatDuration(Math.max(1000, forMs)) } });
    }
  }
  // a stable sort: at the same second, node failures before drains
  return out.sort((a, b) => a.atMs - b.atMs).map((x) => x.doc);
}

export interface RunWorldOptions {
  seed: number;
  replay: string;
}

/** Runs one world (documents as given) and returns its property and invariant failures. */
export function runWorld(docs: Doc[], props: CheckProperty[], opts: RunWorldOptions): { failures: PropertyFailure[]; endMs: number; issues: Issue[] } {
  const loaded = loadScenarioObjects(structuredClone(docs), 'check');
  if (!loaded.scenario) return { failures: [], endMs: 0, issues: loaded.issues };
  let checker: InvariantChecker | undefined;
  const sim = new Simulation(loaded.scenario, {
    seed: opts.seed,
    keepHistory: true,
    afterStep: (s) => {
      if (!checker) return;
      endOfInstantHook(checker)(s);
    },
  });
  checker = new InvariantChecker(sim, opts.replay);
  // when each maxFailed property first broke, so that the shrinker can cut the run there: for the
  // last Job of that name, the one judged (a Job of a reused name replaces the earlier one's entry)
  const firstExceeded = new Map<string, { uid: string; atMs: number }>();
  sim.store.watch('Job', (_t, job) => {
    for (const p of props) {
      if (p.job !== job.metadata.name || p.namespace !== (job.metadata.namespace ?? 'default') || p.maxFailed === undefined || (job.status.failed ?? 0) <= p.maxFailed) continue;
      const key = `${p.namespace}/${p.job}`;
      if (firstExceeded.get(key)?.uid !== job.metadata.uid) firstExceeded.set(key, { uid: job.metadata.uid, atMs: sim.kernel.now });
    }
  });
  const info = sim.run();
  checker.check();
  const failures = evaluateProperties(sim, props, info.endMs);
  for (const f of failures) {
    const m = /^job ([^/]+\/\S+): maxFailed/.exec(f.property);
    if (m && firstExceeded.has(m[1]!)) f.timeMs = firstExceeded.get(m[1]!)!.atMs;
  }
  for (const v of checker.violations) failures.push({ property: `invariant ${v.invariant}`, message: v.message, timeMs: v.timeMs });
  return { failures, endMs: info.endMs, issues: loaded.issues };
}

function faultsOf(docs: Doc[]): Doc[] {
  const spec = simDoc(docs)['spec'] as Doc;
  return (spec['faults'] as Doc[] | undefined) ?? [];
}

function withFaults(docs: Doc[], faults: Doc[]): Doc[] {
  const copy = structuredClone(docs);
  const spec = simDoc(copy)['spec'] as Doc;
  if (faults.length) spec['faults'] = faults;
  else delete spec['faults'];
  return copy;
}

/** The world for `worldSeed`: the scenario's documents plus the drawn faults, no check section. */
export function worldDocs(baseDocs: Doc[], scenario: Scenario, worldSeed: number): Doc[] {
  const docs = structuredClone(baseDocs);
  const sd = simDoc(docs);
  const spec = sd['spec'] as Doc;
  // a world runs as `jobsim run` runs the scenario (its duration, else until quiet, 24h with a
  // CronJob); the horizon is only the window the faults' times are drawn from
  const hasCron = scenario.objects.some((o) => o.obj.kind === 'CronJob') || scenario.config.timeline.some((a) => 'create' in a && a.create.kind === 'CronJob');
  const horizon = scenario.config.durationMs ?? (hasCron ? DefaultCronJobRunMs : Math.max(...scenario.config.check!.properties.map((p) => p.completesWithinMs ?? 0), 3_600_000));
  spec['seed'] = worldSeed;
  const drawn = drawFaults(scenario, worldSeed, horizon);
  const faults = [...((spec['faults'] as Doc[] | undefined) ?? []), ...drawn];
  if (faults.length) spec['faults'] = faults;
  delete spec['check'];
  return docs;
}

export interface ShrinkResult {
  docs: Doc[];
  failure: PropertyFailure;
  steps: number;
}

/**
 * Shrinks a failing world while the same property still breaks: fewer faults, shorter faults,
 * fewer objects (those the property does not name), a shorter run. Greedy, bounded.
 */
export function shrinkWorld(docs: Doc[], props: CheckProperty[], target: string, seed: number, replay: string, maxSteps = 200): ShrinkResult {
  let best = structuredClone(docs);
  let bestFailure: PropertyFailure | undefined;
  let steps = 0;
  const fails = (cand: Doc[]): PropertyFailure | undefined => {
    steps++;
    const r = runWorld(cand, props, { seed, replay });
    if (r.issues.length) return undefined;
    return r.failures.find((f) => f.property === target);
  };
  bestFailure = fails(best);
  if (!bestFailure) return { docs: best, failure: { property: target, message: 'did not reproduce' }, steps };
  const attempt = (cand: Doc[]): boolean => {
    if (steps >= maxSteps) return false;
    const f = fails(cand);
    if (f) {
      best = cand;
      bestFailure = f;
      return true;
    }
    return false;
  };
  // 1. remove faults one at a time
  for (let i = faultsOf(best).length - 1; i >= 0; i--) {
    const fs = faultsOf(best);
    attempt(withFaults(best, fs.filter((_, j) => j !== i)));
  }
  // 2. shorten each fault's `for` by halving while it still fails
  for (let i = 0; i < faultsOf(best).length; i++) {
    for (let k = 0; k < 8; k++) {
      const fs = structuredClone(faultsOf(best));
      const f = fs[i]!;
      if (typeof f['for'] !== 'string') break;
      const ms = parseFor(f['for']);
      if (ms === null || ms <= 2000) break;
      f['for'] = formatDuration(Math.floor(ms / 2000) * 1000);
      if (!attempt(withFaults(best, fs))) break;
    }
  }
  // 3. remove objects the properties do not name
  const named = new Set(props.flatMap((p) => [p.job ? `Job/${p.namespace}/${p.job}` : '', p.cronJob ? `CronJob/${p.namespace}/${p.cronJob}` : '']));
  for (let i = best.length - 1; i >= 0; i--) {
    const d = best[i]!;
    const kind = String(d['kind']);
    const meta = d['metadata'] as Doc | undefined;
    const name = String(meta?.['name'] ?? '');
    const ns = typeof meta?.['namespace'] === 'string' && meta['namespace'] !== '' ? meta['namespace'] : 'default';
    if ((kind === 'Job' || kind === 'CronJob') && !named.has(`${kind}/${ns}/${name}`)) attempt(best.filter((_, j) => j !== i));
  }
  // 4. smaller Jobs: halve completions and parallelism of the named Jobs while it still fails
  for (let i = 0; i < best.length; i++) {
    if (best[i]!['kind'] !== 'Job') continue;
    for (const field of ['completions', 'parallelism']) {
      for (let k = 0; k < 8; k++) {
        const spec = best[i]!['spec'] as Doc | undefined;
        const v = spec?.[field];
        if (typeof v !== 'number' || v <= 1) break;
        const cand = structuredClone(best);
        const cs = cand[i]!['spec'] as Doc;
        cs[field] = Math.floor(v / 2);
        if (typeof cs['parallelism'] === 'number' && typeof cs['completions'] === 'number' && cs['completionMode'] === 'Indexed' && (cs['parallelism'] as number) > (cs['completions'] as number)) cs['parallelism'] = cs['completions'];
        if (!attempt(cand)) break;
      }
    }
  }
  // 5. a shorter run: just past the failure
  if (bestFailure.timeMs !== undefined) {
    const loaded = loadScenarioObjects(structuredClone(best), 'check');
    const start = loaded.scenario?.config.startMs ?? 0;
    const cand = structuredClone(best);
    (simDoc(cand)['spec'] as Doc)['duration'] = formatDuration(Math.ceil((bestFailure.timeMs - start) / 60_000) * 60_000 + 60_000);
    attempt(cand);
  }
  return { docs: best, failure: bestFailure, steps };
}

function parseFor(s: string): number | null {
  const m = /^((\d+)d)?((\d+)h)?((\d+)m)?((\d+)s)?$/.exec(s);
  if (!m) return null;
  return ((Number(m[2] ?? 0) * 24 + Number(m[4] ?? 0)) * 60 + Number(m[6] ?? 0)) * 60_000 + Number(m[8] ?? 0) * 1000;
}

export interface ExploreProgress {
  (done: number, total: number): void;
}

export interface ExploreOutcome {
  runs: number;
  failure?: { seed: number; world: WorldResult; shrunk: ShrinkResult };
  issues: Issue[];
}

/** Explores `runs` worlds with seeds base, base+1, ...; stops at the first failure and shrinks it. */
export function explore(baseDocs: Doc[], scenario: Scenario, opts: { runs: number; seed: number; replay: (seed: number) => string; progress?: ExploreProgress }): ExploreOutcome {
  const props = scenario.config.check?.properties ?? [];
  for (let i = 0; i < opts.runs; i++) {
    const seed = opts.seed + i;
    const docs = worldDocs(baseDocs, scenario, seed);
    const r = runWorld(docs, props, { seed, replay: opts.replay(seed) });
    opts.progress?.(i + 1, opts.runs);
    if (r.issues.length) return { runs: i + 1, issues: r.issues };
    if (r.failures.length > 0) {
      const target = r.failures[0]!.property;
      const shrunk = shrinkWorld(docs, props, target, seed, opts.replay(seed));
      return { runs: i + 1, failure: { seed, world: { seed, docs, failures: r.failures, endMs: r.endMs }, shrunk }, issues: [] };
    }
  }
  return { runs: opts.runs, issues: [] };
}

function finiteOr(ms: number, fallbackMs: number): number {
  return Number.isFinite(ms) ? ms : fallbackMs;
}
