// Model-based testing over a running simulation, in the fc.commands / fc.modelRun style: a
// SimHarness wraps a Simulation that is advanced step by step, commands act on it as a user or
// the world would (create, suspend, resume, delete Jobs; fail and recover nodes; let time pass),
// and after every command the simulator's invariant checker and the model's own expectations
// are checked. A failure names the seed, the virtual time and the commands so far.

import fc from 'fast-check';
import { controllerRefOf, isConditionTrue } from '../api/meta.ts';
import type { Job, Pod } from '../api/types.ts';
import { formatDuration, parseDurationMs } from '../core/time.ts';
import type { Scenario } from '../scenario/types.ts';
import { attachInvariants } from '../sim/invariants.ts';
import type { InvariantChecker, Violation } from '../sim/invariants.ts';
import { Simulation } from '../sim/simulation.ts';
import { arbJob } from './arbitraries.ts';
import type { JobArbOptions, JobManifest } from './arbitraries.ts';
import { compileWorld } from './run.ts';

/** A model-level expectation broke (or the invariant checker reported a violation). */
export class ModelViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelViolation';
  }
}

export interface HarnessOptions {
  /** overrides the Simulation document's seed */
  seed?: number;
  /** limit on kernel steps per advance (default 2,000,000) */
  maxStepsPerAdvance?: number;
  /** invariants whose violations check() does not report (say why where you use it) */
  ignoreInvariants?: string[];
}

/**
 * A Simulation that is advanced by hand. Writes go through `sim.store` as the API server takes
 * them; the invariant checker runs at the end of every virtual instant while time advances,
 * and on `check()`.
 */
export class SimHarness {
  readonly sim: Simulation;
  readonly checker: InvariantChecker;
  /** what was done so far, for messages */
  readonly log: string[] = [];
  private readonly maxSteps: number;
  private readonly ignored: ReadonlySet<string>;

  /** `world`: documents for loadScenarioObjects (default: the default 3-node cluster, nothing else). */
  constructor(world: readonly object[] | Scenario = [], opts: HarnessOptions = {}) {
    const scenario = Array.isArray(world) ? compileWorld(world) : (world as Scenario);
    this.sim = new Simulation(scenario, { seed: opts.seed, keepHistory: true });
    this.checker = attachInvariants(this.sim, `seed ${this.sim.seed}`);
    this.maxSteps = opts.maxStepsPerAdvance ?? 2_000_000;
    this.ignored = new Set(opts.ignoreInvariants ?? []);
    this.sim.setup();
  }

  get seed(): number {
    return this.sim.seed;
  }
  /** virtual ms since the start */
  get nowMs(): number {
    return this.sim.kernel.now - this.sim.kernel.startMs;
  }
  /** violations so far, without the ignored invariants */
  get violations(): readonly Violation[] {
    return this.checker.violations.filter((v) => !this.ignored.has(v.invariant));
  }

  /** Runs every event up to now + `ms` (the clock ends there), checking at the end of each instant. */
  advance(ms: number): void {
    const k = this.sim.kernel;
    const until = k.now + Math.max(0, Math.round(ms));
    const limit = k.steps + this.maxSteps;
    while (k.step(until)) {
      if (k.steps > limit) throw new ModelViolation(`${this.where()}: more than ${this.maxSteps} steps in one advance`);
      const next = k.peekTime();
      if (next === null || next > k.now) this.checker.check();
    }
    if (until > k.now) k.run(until);
    this.checker.check();
  }

  /** Creates a Job from a manifest, defaulted and validated as the loader does (throws when invalid). */
  createJob(manifest: JobManifest | object): Job {
    const sc = compileWorld([manifest]);
    const obj = structuredClone(sc.objects[0]!.obj) as Job;
    const r = this.sim.store.create(obj);
    if (!r.ok) throw new ModelViolation(`${this.where()}: create Job ${obj.metadata.name}: ${r.reason}: ${r.message}`);
    return r.obj;
  }

  job(name: string, namespace = 'default'): Job | undefined {
    return this.sim.store.get('Job', namespace, name);
  }

  /** Live pods of a Job (by uid), oldest first. */
  podsOf(jobUid: string): Pod[] {
    const out: Pod[] = [];
    for (const d of this.sim.store.dependentsOf(jobUid)) if (d.kind === 'Pod' && controllerRefOf(d)?.uid === jobUid) out.push(d as Pod);
    return out;
  }

  /** A spec patch, as `kubectl patch` makes it (bumps metadata.generation). */
  patchJobSpec(name: string, mutate: (spec: Job['spec']) => void, namespace = 'default'): boolean {
    const job = this.job(name, namespace);
    if (!job) return false;
    this.sim.store.update(job, (j) => mutate(j.spec), { specChanged: true });
    return true;
  }

  setSuspend(name: string, suspend: boolean, namespace = 'default'): boolean {
    return this.patchJobSpec(name, (s) => (s.suspend = suspend), namespace);
  }

  /** DELETE with background propagation (kubectl's default): the GC deletes the pods. */
  deleteJob(name: string, namespace = 'default'): Job | undefined {
    const job = this.job(name, namespace);
    if (!job) return undefined;
    this.sim.store.delete(job, { propagationPolicy: 'Background' });
    return job;
  }

  nodeDown(node: string): void {
    this.sim.nodeLifecycle.nodeDown(node);
  }
  nodeUp(node: string): void {
    this.sim.nodeLifecycle.nodeUp(node);
  }
  nodeNames(): string[] {
    return [...this.sim.store.list('Node')].map((n) => n.metadata.name);
  }

  /** Runs the invariant checker now; throws a ModelViolation on any violation so far. */
  check(): void {
    this.checker.check();
    const violations = this.violations;
    if (violations.length > 0) {
      const vs = violations.slice(0, 5).map((v) => `[${v.invariant}] at +${formatDuration(v.timeMs - this.sim.kernel.startMs)}: ${v.message}`);
      throw new ModelViolation(`${this.where()}: invariant violated:\n  ${vs.join('\n  ')}`);
    }
  }

  /** `seed 42 at +1h2m after: CreateJob(..), AdvanceTime(1h)` */
  where(): string {
    const tail = this.log.length > 12 ? ['...', ...this.log.slice(-12)] : this.log;
    return `seed ${this.seed} at +${formatDuration(this.nowMs)} after [${tail.join(', ')}]`;
  }
}

// ---------------------------------------------------------------------------------------------
// the model

export interface ModelJob {
  name: string;
  uid: string;
  parallelism: number;
  suspended: boolean;
  /** when it was suspended last (ms since start) */
  suspendedAtMs: number | null;
  /** pods seen so far (uids) */
  podsSeen: Set<string>;
  /** when the model first saw it finished, with how many pods it had */
  finished: { atMs: number; pods: number } | null;
}

export interface SimModel {
  nowMs: number;
  nodes: string[];
  down: Set<string>;
  /** when each node last came back (ms since start) */
  upAtMs: Map<string, number>;
  jobs: Map<string, ModelJob>;
  /** deleted Jobs by uid: when they were deleted */
  deleted: Map<string, { name: string; atMs: number }>;
  maxJobs: number;
  /**
   * Expect a deleted Job's pods to be gone from the API once the GC, the grace period and the
   * finalizer removal had time (default true); false: expect only that they are being deleted.
   */
  expectPodsRemoved: boolean;
}

export interface ModelOptions {
  /** how many live Jobs at most (default 4) */
  maxJobs?: number;
  /** see SimModel.expectPodsRemoved (default true) */
  expectPodsRemoved?: boolean;
}

/** How long after a deletion the GC, the kubelet's grace period and the finalizer removal may take. */
export const DeletionSettleMs = 2 * 60_000;
/** How long after a deletion the garbage collector may take to delete the dependents. */
export const GcSettleMs = 1_000;
/** How long after a suspension the Job controller may take to delete the active pods. */
export const SuspendSettleMs = 5_000;

export function newModel(h: SimHarness, opts: ModelOptions = {}): SimModel {
  return { nowMs: h.nowMs, nodes: h.nodeNames(), down: new Set(), upAtMs: new Map(), jobs: new Map(), deleted: new Map(), maxJobs: opts.maxJobs ?? 4, expectPodsRemoved: opts.expectPodsRemoved ?? true };
}

const isTerminal = (p: Pod) => p.status.phase === 'Succeeded' || p.status.phase === 'Failed';

/**
 * The model's expectations against the real simulation; throws a ModelViolation.
 * 1. the invariant checker reports nothing;
 * 2. model time is simulation time;
 * 3. a Job never has more running pods (not terminal, not being deleted) than its parallelism;
 * 4. a finished Job never gets a new pod;
 * 5. a suspended Job has no running pods once the controller had time to act;
 * 6. a deleted Job's pods are being deleted (deletionTimestamp set) once the GC ran, and gone
 *    once the grace period and the finalizer removal ran too (expectPodsRemoved), except on
 *    nodes that are down (or came back too recently to have told the API server);
 * 7. a Job never has both Complete and Failed.
 */
export function checkModel(m: SimModel, h: SimHarness): void {
  h.check();
  const fail = (msg: string): never => {
    throw new ModelViolation(`${h.where()}: ${msg}`);
  };
  if (m.nowMs !== h.nowMs) fail(`model time +${m.nowMs}ms but simulation time +${h.nowMs}ms`);
  for (const mj of m.jobs.values()) {
    const job = h.job(mj.name);
    if (!job || job.metadata.uid !== mj.uid) continue;
    const pods = h.podsOf(mj.uid);
    const running = pods.filter((p) => !isTerminal(p) && p.metadata.deletionTimestamp === undefined);
    if (running.length > mj.parallelism) fail(`Job ${mj.name} has ${running.length} running pods > parallelism ${mj.parallelism}: ${running.map((p) => p.metadata.name).join(', ')}`);
    const finished = isConditionTrue(job.status.conditions, 'Complete') || isConditionTrue(job.status.conditions, 'Failed');
    if (isConditionTrue(job.status.conditions, 'Complete') && isConditionTrue(job.status.conditions, 'Failed')) fail(`Job ${mj.name} has both Complete and Failed`);
    const fresh = pods.filter((p) => !mj.podsSeen.has(p.metadata.uid));
    if (mj.finished && fresh.length > 0) fail(`Job ${mj.name} finished at +${formatDuration(mj.finished.atMs)} but got new pods ${fresh.map((p) => p.metadata.name).join(', ')}`);
    for (const p of pods) mj.podsSeen.add(p.metadata.uid);
    if (finished && !mj.finished) mj.finished = { atMs: h.nowMs, pods: mj.podsSeen.size };
    if (mj.suspended && mj.suspendedAtMs !== null && h.nowMs - mj.suspendedAtMs >= SuspendSettleMs && running.length > 0) {
      fail(`Job ${mj.name} suspended at +${formatDuration(mj.suspendedAtMs)} still has running pods ${running.map((p) => p.metadata.name).join(', ')}`);
    }
  }
  for (const [uid, d] of m.deleted) {
    if (h.nowMs - d.atMs < GcSettleMs) continue;
    const undeleted = h.podsOf(uid).filter((p) => p.metadata.deletionTimestamp === undefined);
    if (undeleted.length > 0) fail(`Job ${d.name} deleted at +${formatDuration(d.atMs)}: the GC did not delete its pods ${undeleted.map((p) => p.metadata.name).join(', ')}`);
    if (!m.expectPodsRemoved || h.nowMs - d.atMs < DeletionSettleMs) continue;
    const left = h.podsOf(uid).filter((p) => {
      const node = p.spec.nodeName;
      if (node === undefined) return true;
      if (m.down.has(node)) return false;
      const up = m.upAtMs.get(node);
      return up === undefined || h.nowMs - up >= DeletionSettleMs;
    });
    if (left.length > 0) {
      const show = left.map((p) => `${p.metadata.name} (${p.status.phase} on ${p.spec.nodeName ?? 'no node'}, finalizers ${JSON.stringify(p.metadata.finalizers ?? [])}, deletionTimestamp ${p.metadata.deletionTimestamp ?? 'unset'})`);
      fail(`Job ${d.name} deleted at +${formatDuration(d.atMs)} still has pods: ${show.join('; ')}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// commands

/** A command of the model-based tests. */
export type SimCommand = fc.Command<SimModel, SimHarness>;
type Cmd = SimCommand;

function after(m: SimModel, h: SimHarness, label: string): void {
  h.log.push(label);
  checkModel(m, h);
}

export class CreateJob implements Cmd {
  constructor(readonly manifest: JobManifest) {}
  get name(): string {
    return this.manifest.metadata.name;
  }
  check(m: Readonly<SimModel>): boolean {
    return m.jobs.size < m.maxJobs && !m.jobs.has(this.name);
  }
  run(m: SimModel, h: SimHarness): void {
    const job = h.createJob(this.manifest);
    m.jobs.set(this.name, {
      name: this.name,
      uid: job.metadata.uid,
      parallelism: job.spec.parallelism ?? 1,
      suspended: job.spec.suspend === true,
      suspendedAtMs: job.spec.suspend ? h.nowMs : null,
      podsSeen: new Set(),
      finished: null,
    });
    after(m, h, this.toString());
  }
  toString(): string {
    return `CreateJob(${describeJob(this.manifest)})`;
  }
}

/** `a: completions=3 parallelism=2 Indexed backoffLimit=1 OnFailure 30s exit=1,0` */
export function describeJob(j: JobManifest): string {
  const s = j.spec;
  const parts = [`${j.metadata.name}:`];
  for (const k of ['completions', 'parallelism', 'backoffLimit', 'backoffLimitPerIndex', 'maxFailedIndexes', 'activeDeadlineSeconds', 'ttlSecondsAfterFinished'] as const) {
    if (s[k] !== undefined) parts.push(`${k}=${s[k]}`);
  }
  if (s.completionMode === 'Indexed') parts.push('Indexed');
  if (s.suspend) parts.push('suspended');
  if (s.podReplacementPolicy) parts.push(`podReplacementPolicy=${s.podReplacementPolicy}`);
  if (s.podFailurePolicy) parts.push(`podFailurePolicy=[${s.podFailurePolicy.rules.map((r) => r.action).join(',')}]`);
  if (s.successPolicy) parts.push(`successPolicy=${JSON.stringify(s.successPolicy.rules)}`);
  parts.push(s.template.spec.restartPolicy ?? 'Never');
  const ann = s.template.metadata?.annotations ?? {};
  if (ann['jobsim/duration']) parts.push(ann['jobsim/duration']);
  if (ann['jobsim/exit-codes']) parts.push(`exit=${ann['jobsim/exit-codes']}`);
  const req = s.template.spec.containers[0]?.resources?.requests;
  if (req) parts.push(`requests=${Object.entries(req).map(([k, v]) => `${k}:${v}`).join(',')}`);
  return parts.join(' ');
}

export class AdvanceTime implements Cmd {
  constructor(readonly ms: number) {}
  check(): boolean {
    return true;
  }
  run(m: SimModel, h: SimHarness): void {
    h.advance(this.ms);
    m.nowMs += this.ms;
    after(m, h, this.toString());
  }
  toString(): string {
    return `AdvanceTime(${formatDuration(this.ms)})`;
  }
}

export class FailNode implements Cmd {
  constructor(readonly node: string) {}
  check(m: Readonly<SimModel>): boolean {
    return m.nodes.includes(this.node) && !m.down.has(this.node);
  }
  run(m: SimModel, h: SimHarness): void {
    h.nodeDown(this.node);
    m.down.add(this.node);
    after(m, h, this.toString());
  }
  toString(): string {
    return `FailNode(${this.node})`;
  }
}

export class RecoverNode implements Cmd {
  constructor(readonly node: string) {}
  check(m: Readonly<SimModel>): boolean {
    return m.down.has(this.node);
  }
  run(m: SimModel, h: SimHarness): void {
    h.nodeUp(this.node);
    m.down.delete(this.node);
    m.upAtMs.set(this.node, m.nowMs);
    after(m, h, this.toString());
  }
  toString(): string {
    return `RecoverNode(${this.node})`;
  }
}

/** The model's Job is gone from the store (its TTL ran out): forget it. */
function liveJob(m: SimModel, h: SimHarness, name: string): ModelJob | undefined {
  const mj = m.jobs.get(name);
  if (!mj) return undefined;
  const job = h.job(name);
  if (!job || job.metadata.uid !== mj.uid) {
    m.jobs.delete(name);
    m.deleted.set(mj.uid, { name, atMs: m.nowMs });
    return undefined;
  }
  return mj;
}

export class SuspendJob implements Cmd {
  constructor(readonly name: string) {}
  check(m: Readonly<SimModel>): boolean {
    const j = m.jobs.get(this.name);
    return j !== undefined && !j.suspended;
  }
  run(m: SimModel, h: SimHarness): void {
    const mj = liveJob(m, h, this.name);
    if (mj) {
      h.setSuspend(this.name, true);
      mj.suspended = true;
      mj.suspendedAtMs = m.nowMs;
    }
    after(m, h, this.toString());
  }
  toString(): string {
    return `SuspendJob(${this.name})`;
  }
}

export class ResumeJob implements Cmd {
  constructor(readonly name: string) {}
  check(m: Readonly<SimModel>): boolean {
    const j = m.jobs.get(this.name);
    return j !== undefined && j.suspended;
  }
  run(m: SimModel, h: SimHarness): void {
    const mj = liveJob(m, h, this.name);
    if (mj) {
      h.setSuspend(this.name, false);
      mj.suspended = false;
      mj.suspendedAtMs = null;
    }
    after(m, h, this.toString());
  }
  toString(): string {
    return `ResumeJob(${this.name})`;
  }
}

export class DeleteJob implements Cmd {
  constructor(readonly name: string) {}
  check(m: Readonly<SimModel>): boolean {
    return m.jobs.has(this.name);
  }
  run(m: SimModel, h: SimHarness): void {
    const mj = liveJob(m, h, this.name);
    if (mj) {
      h.deleteJob(this.name);
      m.jobs.delete(this.name);
      m.deleted.set(mj.uid, { name: this.name, atMs: m.nowMs });
    }
    after(m, h, this.toString());
  }
  toString(): string {
    return `DeleteJob(${this.name})`;
  }
}

export interface CommandOptions {
  /** Job names the commands use (default a, b, c, d) */
  jobNames?: string[];
  /** node names FailNode/RecoverNode use (default node-1..node-3) */
  nodes?: string[];
  /** options of the created Jobs (default: small Jobs, no TTL, not created suspended) */
  job?: JobArbOptions;
  /** how far AdvanceTime goes (default 1s, 5s, 30s, 2m, 10m, 1h) */
  advances?: Array<string | number>;
  /** leave out some commands */
  without?: Array<'CreateJob' | 'AdvanceTime' | 'FailNode' | 'RecoverNode' | 'SuspendJob' | 'ResumeJob' | 'DeleteJob'>;
}

const parseAdv = (d: string | number): number => {
  if (typeof d === 'number') return d;
  const ms = parseDurationMs(d);
  if (ms === null) throw new Error(`jobsim/testing: advances: invalid duration ${JSON.stringify(d)}`);
  return ms;
};

/** The command arbitraries for `fc.commands(allCommands(), { maxCommands })`. */
export function allCommands(opts: CommandOptions = {}): Array<fc.Arbitrary<Cmd>> {
  const names = opts.jobNames ?? ['a', 'b', 'c', 'd'];
  const nodes = opts.nodes ?? ['node-1', 'node-2', 'node-3'];
  const advances = (opts.advances ?? ['1s', '5s', '30s', '2m', '10m', '1h']).map(parseAdv);
  const name = fc.constantFrom(...names);
  const node = fc.constantFrom(...nodes);
  const without = new Set(opts.without ?? []);
  const jobOpts: JobArbOptions = { maxCompletions: 4, maxParallelism: 3, ...opts.job };
  const all: Array<[string, fc.Arbitrary<Cmd>]> = [
    ['CreateJob', name.chain((n) => arbJob({ ...jobOpts, name: n })).map((j) => new CreateJob(j))],
    ['AdvanceTime', fc.constantFrom(...advances).map((ms) => new AdvanceTime(ms))],
    ['FailNode', node.map((n) => new FailNode(n))],
    ['RecoverNode', node.map((n) => new RecoverNode(n))],
    ['SuspendJob', name.map((n) => new SuspendJob(n))],
    ['ResumeJob', name.map((n) => new ResumeJob(n))],
    ['DeleteJob', name.map((n) => new DeleteJob(n))],
  ];
  return all.filter(([k]) => !without.has(k as never)).map(([, a]) => a);
}

/**
 * Runs a sequence of commands against a fresh harness over `world` (fc.modelRun), then lets time
 * run out for `settleMs` and checks once more. Use inside `fc.property(fc.commands(...), ...)`.
 */
export function runCommands(cmds: Iterable<Cmd>, world: readonly object[] = [], opts: HarnessOptions & ModelOptions & { settleMs?: number } = {}): SimHarness {
  const h = new SimHarness(world, opts);
  const model = newModel(h, opts);
  fc.modelRun(() => ({ model, real: h }), cmds);
  const settle = opts.settleMs ?? 0;
  if (settle > 0) new AdvanceTime(settle).run(model, h);
  return h;
}
