// The workload model: how long a container runs and how it exits, per attempt, from the pod's
// `jobsim/*` annotations or the first matching `behaviors` rule. Draws come from a named stream
// per owner (`workload/<ns>/<job>`), so one Job's draws never shift another's.

import { controllerRefOf, selectorMatches } from '../api/meta.ts';
import type { Pod } from '../api/types.ts';
import { JobCompletionIndexAnnotation } from '../api/types.ts';
import type { Rng, RngFactory } from '../core/rng.ts';
import { parseDurationMs } from '../core/time.ts';
import { Slot } from '../core/slot.ts';
import type { BehaviorOverride, BehaviorRule, Distribution } from '../scenario/types.ts';

export const DurationAnnotation = 'jobsim/duration';
export const ExitCodesAnnotation = 'jobsim/exit-codes';
export const OnSigtermAnnotation = 'jobsim/on-sigterm';
export const DefaultContainerMs = 10_000;

export interface Attempt {
  durationMs: number;
  exitCode: number;
}

/** Parses `jobsim/exit-codes: "1,1,0"`; null when malformed. */
export function parseExitCodes(s: string): number[] | null {
  const parts = s.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.map(Number);
}

/** Parses `onSigterm` (`jobsim/on-sigterm`): `exit` (0 ms), `ignore`, or a duration; null when malformed. */
export function parseOnSigterm(s: string): number | 'ignore' | null {
  const v = s.trim();
  if (v === 'exit') return 0;
  if (v === 'ignore') return 'ignore';
  return parseDurationMs(v);
}

/** Parses `jobsim/duration`: a duration, or `uniform(10m,30m)`, `lognormal(20m,45m)`, `exponential(5m)`. */
export function parseDistribution(s: string): Distribution | null {
  const m = /^\s*(uniform|lognormal|exponential)\(\s*([^,)]+)\s*(?:,\s*([^)]+)\s*)?\)\s*$/.exec(s);
  if (!m) {
    const ms = parseDurationMs(s.trim());
    return ms === null ? null : { kind: 'fixed', ms };
  }
  const a = parseDurationMs(m[2]!.trim());
  const b = m[3] !== undefined ? parseDurationMs(m[3].trim()) : null;
  if (a === null) return null;
  // as the mapping forms require: a mean and a median greater than 0 (a zero median has no log)
  if (m[1] === 'exponential') return m[3] === undefined && a > 0 ? { kind: 'exponential', meanMs: a } : null;
  if (b === null) return null;
  if (m[1] === 'uniform') return a <= b ? { kind: 'uniform', minMs: a, maxMs: b } : null;
  return a > 0 && b >= a ? { kind: 'lognormal', medianMs: a, p95Ms: b } : null;
}

const Z95 = 1.6448536269514722;

/** The stream of a behaviour that draws nothing: never read. */
const NoDraws: Rng = {
  next(): number {
    throw new Error('a fixed behaviour drew a random number');
  },
  int(): number {
    throw new Error('a fixed behaviour drew a random number');
  },
};

/** One draw, rounded to whole milliseconds at the draw (determinism). */
export function drawMs(d: Distribution, rng: Rng): number {
  switch (d.kind) {
    case 'fixed':
      return d.ms;
    case 'uniform':
      return Math.round(d.minMs + (d.maxMs - d.minMs) * rng.next());
    case 'exponential':
      return Math.round(-d.meanMs * Math.log(1 - rng.next()));
    case 'lognormal': {
      // median m and 95th percentile p: sigma = ln(p/m)/z95; Box-Muller for the normal draw.
      const sigma = d.p95Ms > d.medianMs ? Math.log(d.p95Ms / d.medianMs) / Z95 : 0;
      const u1 = 1 - rng.next();
      const u2 = rng.next();
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      return Math.round(d.medianMs * Math.exp(sigma * z));
    }
  }
}

/** the attempt a pod's creation made, until its first run takes it (then 0) */
const firstAttemptOf = new Slot<number>('jobsim.firstAttempt');

function completionIndexOf(pod: Pod): number | undefined {
  const idxStr = pod.metadata.annotations?.[JobCompletionIndexAnnotation];
  return idxStr !== undefined && /^\d+$/.test(idxStr) ? Number(idxStr) : undefined;
}

/** attempts are counted per owner, and per completion index for an Indexed Job's pods */
function attemptKeyOf(pod: Pod): string {
  const base = controllerRefOf(pod)?.uid ?? pod.metadata.uid;
  const index = completionIndexOf(pod);
  return index === undefined ? base : `${base}/${index}`;
}

export class WorkloadModel {
  /** attempts started so far per owner (and index): the n-th pod / restart */
  private attempts = new Map<string, number>();

  constructor(
    private readonly behaviors: BehaviorRule[],
    private readonly rng: RngFactory,
  ) {}

  /**
   * A pod was created: it is its owner's (or its index's) next attempt, whether or not its
   * containers ever start (the n-th pod of the contract).
   */
  podCreated(pod: Pod): void {
    const key = attemptKeyOf(pod);
    const n = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, n);
    firstAttemptOf.set(pod, n);
  }

  /** The next attempt of a container of `pod`: its duration and exit code. */
  nextAttempt(pod: Pod): Attempt {
    const owner = controllerRefOf(pod);
    const ns = pod.metadata.namespace ?? 'default';
    const index = completionIndexOf(pod);
    // the pod's first run is the attempt its creation made; a restart in place is a new one
    let n = firstAttemptOf.get(pod);
    if (n !== undefined && n > 0) firstAttemptOf.set(pod, 0);
    else {
      const key = attemptKeyOf(pod);
      n = (this.attempts.get(key) ?? 0) + 1;
      this.attempts.set(key, n);
    }
    const b = this.behaviorFor(pod, index);
    // the owner's stream, made only when something is drawn (fixed behaviours draw nothing; a
    // stream made later gives the same numbers, streams being independent by name)
    const needsDraw = (b.duration !== undefined && b.duration.kind !== 'fixed') || (b.failureProbability !== undefined && b.failureProbability > 0);
    const rng = needsDraw ? this.rng.stream(owner ? `workload/${ns}/${owner.name}` : `workload/${ns}/${pod.metadata.name}`) : NoDraws;
    const durationMs = b.duration ? drawMs(b.duration, rng) : DefaultContainerMs;
    let exitCode = 0;
    if (b.exitCodes && b.exitCodes.length > 0) exitCode = b.exitCodes[Math.min(n, b.exitCodes.length) - 1]!;
    if (b.failureProbability !== undefined && b.failureProbability > 0 && rng.next() < b.failureProbability) exitCode = b.failExitCode ?? 1;
    return { durationMs, exitCode };
  }

  /** What the pod's containers do on SIGTERM: exit after so many ms (0: at once) or `ignore` it. */
  onSigterm(pod: Pod): number | 'ignore' {
    const ann = pod.metadata.annotations?.[OnSigtermAnnotation];
    const fromAnnotation = ann !== undefined ? parseOnSigterm(ann) : null;
    if (fromAnnotation !== null) return fromAnnotation;
    return this.behaviorFor(pod, completionIndexOf(pod)).onSigterm ?? 0;
  }

  /** Forgets an owner's attempt counters (memory stays proportional to live objects). */
  forgetOwner(uid: string, ns: string, name: string, indexes?: number): void {
    this.attempts.delete(uid);
    if (indexes !== undefined) for (let i = 0; i < indexes; i++) this.attempts.delete(`${uid}/${i}`);
    this.rng.drop(`workload/${ns}/${name}`);
  }

  private behaviorFor(pod: Pod, index: number | undefined): BehaviorOverride {
    let out: BehaviorOverride = {};
    for (const r of this.behaviors) {
      if (selectorMatches(r.selector, pod.metadata.labels)) {
        out = { duration: r.duration, exitCodes: r.exitCodes, failureProbability: r.failureProbability, failExitCode: r.failExitCode, onSigterm: r.onSigterm };
        if (index !== undefined && r.perIndex?.[index]) out = { ...out, ...stripUndefined(r.perIndex[index]!) };
        break;
      }
    }
    const ann = pod.metadata.annotations;
    if (ann) {
      const d = ann[DurationAnnotation];
      if (d !== undefined) {
        const dist = parseDistribution(d);
        if (dist) out = { ...out, duration: dist };
      }
      const e = ann[ExitCodesAnnotation];
      if (e !== undefined) {
        const codes = parseExitCodes(e);
        if (codes) out = { ...out, exitCodes: codes };
      }
    }
    return out;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const r: Partial<T> = {};
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) r[k] = o[k];
  return r;
}
