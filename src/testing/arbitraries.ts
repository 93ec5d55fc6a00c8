// fast-check arbitraries of jobsim worlds: plain manifest objects (Jobs, CronJobs, a Simulation
// document) that a user would `kubectl apply`, valid per the upstream API rules so that
// loadScenarioObjects accepts them. Every bound is small and explicit (STYLE: everything has a
// limit); every option narrows or widens one dimension of the worlds drawn.
//
// Times are drawn as whole seconds and written as Go-style durations (`1h30m`, `45s`), so a
// shrunk counterexample reads like a scenario file.

import fc from 'fast-check';
import type { Container, JobSpec, LabelSelector, PodFailurePolicyRule, PodTemplateSpec, CronJobSpec } from '../api/types.ts';
import { formatDuration, parseDurationMs } from '../core/time.ts';

// ---------------------------------------------------------------------------------------------
// document shapes (what the arbitraries produce; all plain JSON)

export interface JobManifest {
  apiVersion: 'batch/v1';
  kind: 'Job';
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec: JobSpec;
}

export interface CronJobManifest {
  apiVersion: 'batch/v1';
  kind: 'CronJob';
  metadata: { name: string; namespace?: string };
  spec: CronJobSpec;
}

export interface NodePoolDoc {
  name: string;
  count: number;
  capacity: { cpu: string; memory: string; pods: number };
  labels?: Record<string, string>;
}

export interface ClusterDoc {
  nodePools: NodePoolDoc[];
}

export type DurationDoc = string | { uniform: [string, string] } | { lognormal: { median: string; p95: string } } | { exponential: { mean: string } };

export interface BehaviorDoc {
  selector: LabelSelector;
  duration?: DurationDoc;
  exitCodes?: number[];
  failureProbability?: number;
  failExitCode?: number;
  onSigterm?: string;
}

export type FaultDoc =
  | { at: string; nodeDown: string; for?: string }
  | { at: string; controllerDown: 'job' | 'cronjob' | 'all'; for: string }
  | { at: string; drainNode: string; for?: string }
  | { at: string; cordonNode: string; for?: string };

export type TimelineDoc =
  | { at: string; patch: { kind: 'Job' | 'CronJob'; name: string; namespace?: string; spec: Record<string, unknown> } }
  | { at: string; delete: { kind: 'Job' | 'CronJob'; name: string; namespace?: string } }
  | { at: string; create: JobManifest | CronJobManifest };

export interface SimulationDoc {
  apiVersion: 'jobsim/v1alpha1';
  kind: 'Simulation';
  metadata: { name: string };
  spec: {
    seed?: number;
    start?: string;
    duration?: string;
    cluster?: ClusterDoc;
    behaviors?: BehaviorDoc[];
    faults?: FaultDoc[];
    timeline?: TimelineDoc[];
  };
}

/** The documents of one world, in the order loadScenarioObjects reads them. */
export type WorldDoc = SimulationDoc | JobManifest | CronJobManifest;

// ---------------------------------------------------------------------------------------------
// small helpers

/** Seconds as a Go-style duration (`0s`, `45s`, `1h30m`). */
export function seconds(s: number): string {
  return formatDuration(Math.max(0, Math.round(s)) * 1000);
}

/** A duration option (`'30m'` or seconds) in whole seconds. */
export function toSeconds(d: string | number, what = 'duration'): number {
  if (typeof d === 'number') return d;
  const ms = parseDurationMs(d);
  if (ms === null) throw new Error(`jobsim/testing: ${what}: invalid duration ${JSON.stringify(d)}`);
  return Math.round(ms / 1000);
}

export interface Range {
  min?: number;
  max?: number;
}

function range(r: Range | number | undefined, dMin: number, dMax: number): { min: number; max: number } {
  if (typeof r === 'number') return { min: r, max: r };
  const min = r?.min ?? dMin;
  const max = Math.max(min, r?.max ?? dMax);
  return { min, max };
}

/** undefined half of the time (the field is left to the API defaults), `arb` otherwise. */
function maybe<T>(arb: fc.Arbitrary<T>, freqUnset = 1, freqSet = 1): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: freqUnset }, { arbitrary: arb, weight: freqSet });
}

/** Drops keys whose value is undefined (strict decoding would keep them as nulls otherwise). */
function compact<T extends object>(o: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** A DNS-1123 label usable as a Job or CronJob name (short enough for Indexed hostnames). */
export function arbName(prefix = 'job'): fc.Arbitrary<string> {
  return fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/).map((s) => `${prefix}-${s}`);
}

// ---------------------------------------------------------------------------------------------
// behaviours

export interface BehaviorArbOptions {
  /** the template labels the rule selects (default `{ app: <drawn> }`) */
  matchLabels?: Record<string, string>;
  /** shortest and longest container run (default 1s..10m) */
  duration?: { min?: string | number; max?: string | number };
  /** exit codes drawn from these (default [0, 0, 0, 1, 2, 42]) */
  exitCodes?: number[];
  /** longest exit-code sequence (default 4) */
  maxAttempts?: number;
  /** allow `failureProbability` rules (default true) */
  random?: boolean;
  /** draw `onSigterm` (exit, ignore, 5s) for some rules (default true) */
  sigterm?: boolean;
}

/** A container duration: fixed, uniform, lognormal or exponential, within [min, max] seconds. */
export function arbDuration(opts: { min?: string | number; max?: string | number } = {}): fc.Arbitrary<DurationDoc> {
  const lo = Math.max(1, toSeconds(opts.min ?? '1s'));
  const hi = Math.max(lo, toSeconds(opts.max ?? '10m'));
  const sec = fc.integer({ min: lo, max: hi });
  return fc.oneof(
    { arbitrary: sec.map(seconds), weight: 4 },
    { arbitrary: fc.tuple(sec, sec).map(([a, b]): DurationDoc => ({ uniform: [seconds(Math.min(a, b)), seconds(Math.max(a, b))] })), weight: 1 },
    { arbitrary: fc.tuple(sec, sec).map(([a, b]): DurationDoc => ({ lognormal: { median: seconds(Math.min(a, b)), p95: seconds(Math.max(a, b)) } })), weight: 1 },
    { arbitrary: sec.map((m): DurationDoc => ({ exponential: { mean: seconds(m) } })), weight: 1 },
  );
}

/** Exit codes per attempt (the last one repeats): `[0]`, `[1, 1, 0]`, `[1]` (always fails)... */
export function arbExitCodes(opts: { exitCodes?: number[]; maxAttempts?: number } = {}): fc.Arbitrary<number[]> {
  const codes = opts.exitCodes ?? [0, 0, 0, 1, 2, 42];
  return fc.array(fc.constantFrom(...codes), { minLength: 1, maxLength: Math.max(1, opts.maxAttempts ?? 4) });
}

/** One `spec.behaviors` rule of a Simulation document. */
export function arbBehavior(opts: BehaviorArbOptions = {}): fc.Arbitrary<BehaviorDoc> {
  const labels = opts.matchLabels ? fc.constant(opts.matchLabels) : arbName('app').map((a) => ({ app: a }));
  const random = opts.random ?? true;
  return fc
    .record({
      labels,
      duration: maybe(arbDuration(opts.duration), 1, 4),
      exitCodes: maybe(arbExitCodes(opts), 1, 3),
      failureProbability: random ? maybe(fc.constantFrom(0.1, 0.25, 0.5), 4, 1) : fc.constant(undefined),
      onSigterm: (opts.sigterm ?? true) ? maybe(fc.constantFrom('ignore', '5s', 'exit'), 3, 1) : fc.constant(undefined),
    })
    .map(({ labels, duration, exitCodes, failureProbability, onSigterm }) => compact({ selector: { matchLabels: labels }, duration, exitCodes, failureProbability, onSigterm }));
}

// ---------------------------------------------------------------------------------------------
// Jobs

export interface JobArbOptions {
  /** the Job's name, or an arbitrary of names (default `job-<drawn>`) */
  name?: string | fc.Arbitrary<string>;
  namespace?: string;
  /** largest completions (default 4) */
  maxCompletions?: number;
  /** largest parallelism (default 3); parallelism is at least 1 */
  maxParallelism?: number;
  /** largest backoffLimit (default 6) */
  maxBackoffLimit?: number;
  /** true: Indexed only; false: NonIndexed only; default either */
  indexed?: boolean;
  /** podFailurePolicy, backoffLimitPerIndex, maxFailedIndexes, successPolicy (default true) */
  policies?: boolean;
  /** activeDeadlineSeconds between 1m and 2h (default true) */
  activeDeadline?: boolean;
  /** restartPolicy OnFailure as well as Never (default true) */
  onFailure?: boolean;
  /** may be created suspended (default false: a suspended Job does nothing until resumed) */
  suspend?: boolean;
  /** ttlSecondsAfterFinished (default false: finished Jobs stay for inspection) */
  ttl?: boolean;
  /** cpu and memory requests of at most 2 cpu and 2Gi (default true) */
  resources?: boolean;
  /** a container restartPolicy of its own, with restartPolicyRules (ContainerRestartRules; default true) */
  containerRestart?: boolean;
  /** jobsim/duration and jobsim/exit-codes annotations on the pod template (default true) */
  behavior?: boolean | Omit<BehaviorArbOptions, 'matchLabels' | 'random'>;
  /** pod template labels (default `{ app: <name> }`) */
  labels?: Record<string, string>;
}

/** The container name of every generated pod template (podFailurePolicy rules name it). */
export const ContainerName = 'main';

const pfpFailJob: PodFailurePolicyRule = { action: 'FailJob', onExitCodes: { containerName: ContainerName, operator: 'In', values: [42] } };
const pfpIgnoreDisruption: PodFailurePolicyRule = { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] };
const pfpCountOthers: PodFailurePolicyRule = { action: 'Count', onExitCodes: { operator: 'NotIn', values: [0, 42] } };
const pfpFailIndex: PodFailurePolicyRule = { action: 'FailIndex', onExitCodes: { operator: 'In', values: [2] } };

/** restarts in place by the container's own policy: on the retriable 42, on any failure, on anything but 0 and 1 */
const containerRestarts: Array<Pick<Container, 'restartPolicy' | 'restartPolicyRules'>> = [
  { restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }] },
  { restartPolicy: 'OnFailure' },
  { restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'NotIn', values: [0, 1] } }] },
];

/** A template as a function of the Job's name (its default `app` label): no chain, so it shrinks well. */
function arbTemplate(opts: JobArbOptions): fc.Arbitrary<(name: string, restartPolicy: 'Never' | 'OnFailure') => PodTemplateSpec> {
  const behavior = opts.behavior ?? true;
  const bopts = typeof behavior === 'object' ? behavior : {};
  return fc
    .record({
      duration: behavior ? maybe(arbDuration(bopts.duration).map(durationAnnotation), 1, 4) : fc.constant(undefined),
      exitCodes: behavior ? maybe(arbExitCodes(bopts).map((c) => c.join(',')), 1, 3) : fc.constant(undefined),
      cpu: (opts.resources ?? true) ? maybe(fc.constantFrom('100m', '500m', '1', '2')) : fc.constant(undefined),
      memory: (opts.resources ?? true) ? maybe(fc.constantFrom('128Mi', '512Mi', '1Gi', '2Gi')) : fc.constant(undefined),
      restart: (opts.containerRestart ?? true) ? maybe(fc.constantFrom(...containerRestarts), 4, 1) : fc.constant(undefined),
    })
    .map(({ duration, exitCodes, cpu, memory, restart }) => (name: string, restartPolicy: 'Never' | 'OnFailure'): PodTemplateSpec => {
      const annotations = compact({ 'jobsim/duration': duration, 'jobsim/exit-codes': exitCodes });
      const requests = compact({ cpu, memory });
      const container: PodTemplateSpec['spec']['containers'][number] = { name: ContainerName, image: 'busybox:1.36' };
      if (Object.keys(requests).length) container.resources = { requests };
      if (restart) Object.assign(container, structuredClone(restart));
      const metadata: NonNullable<PodTemplateSpec['metadata']> = { labels: { ...(opts.labels ?? { app: name }) } };
      if (Object.keys(annotations).length) metadata.annotations = annotations as Record<string, string>;
      return { metadata, spec: { containers: [container], restartPolicy } };
    });
}

/** A distribution as the `jobsim/duration` annotation writes it. */
function durationAnnotation(d: DurationDoc): string {
  if (typeof d === 'string') return d;
  if ('uniform' in d) return `uniform(${d.uniform[0]},${d.uniform[1]})`;
  if ('lognormal' in d) return `lognormal(${d.lognormal.median},${d.lognormal.p95})`;
  return `exponential(${d.exponential.mean})`;
}

/**
 * Job specs as functions of the Job's name. Every field is drawn independently and the rules
 * that tie fields together (Indexed needs completions, FailIndex needs backoffLimitPerIndex,
 * podFailurePolicy needs restartPolicy Never...) are applied in the map, so that shrinking
 * works field by field.
 */
export function arbJobSpecFor(opts: JobArbOptions = {}): fc.Arbitrary<(name: string) => JobSpec> {
  const maxC = Math.max(1, opts.maxCompletions ?? 4);
  const maxP = Math.max(1, opts.maxParallelism ?? 3);
  const policies = opts.policies ?? true;
  const unset = fc.constant(undefined);
  return fc
    .record({
      indexed: opts.indexed === undefined ? fc.boolean() : fc.constant(opts.indexed),
      completions: maybe(fc.integer({ min: 1, max: maxC }), 1, 3),
      zeroCompletions: fc.oneof({ arbitrary: fc.constant(false), weight: 12 }, { arbitrary: fc.constant(true), weight: 1 }),
      parallelism: maybe(fc.integer({ min: 1, max: maxP }), 1, 3),
      backoffLimit: maybe(fc.integer({ min: 0, max: Math.max(0, opts.maxBackoffLimit ?? 6) })),
      activeDeadlineSeconds: (opts.activeDeadline ?? true) ? maybe(fc.integer({ min: 60, max: 7200 }), 3, 1) : unset,
      ttlSecondsAfterFinished: opts.ttl ? maybe(fc.integer({ min: 0, max: 600 })) : unset,
      suspend: opts.suspend ? maybe(fc.boolean(), 2, 1) : unset,
      perIndex: policies ? maybe(fc.integer({ min: 0, max: 2 }), 2, 1) : unset,
      maxFailedIndexes: policies ? maybe(fc.integer({ min: 0, max: maxC }), 2, 1) : unset,
      pfp: policies ? maybe(fc.subarray([pfpFailJob, pfpIgnoreDisruption, pfpCountOthers, pfpFailIndex], { minLength: 1 }), 3, 1) : unset,
      onFailure: (opts.onFailure ?? true) ? fc.boolean() : fc.constant(false),
      replacement: maybe(fc.constantFrom('Failed' as const, 'TerminatingOrFailed' as const), 3, 1),
      success: policies ? maybe(fc.constantFrom('first' as const, 'count' as const), 4, 1) : unset,
      template: arbTemplate(opts),
    })
    .map((d) => (name: string): JobSpec => {
      const indexed = d.indexed;
      // Indexed Jobs need completions; a NonIndexed one may leave it unset (a work queue)
      const completions = d.zeroCompletions && !indexed ? 0 : indexed ? (d.completions ?? 1) : d.completions;
      const spec: Omit<JobSpec, 'template'> = compact({
        completions,
        parallelism: d.parallelism,
        backoffLimit: d.backoffLimit,
        activeDeadlineSeconds: d.activeDeadlineSeconds,
        ttlSecondsAfterFinished: d.ttlSecondsAfterFinished,
        suspend: d.suspend,
      });
      if (indexed) spec.completionMode = 'Indexed';
      if (indexed && d.perIndex !== undefined) {
        spec.backoffLimitPerIndex = d.perIndex;
        if (d.maxFailedIndexes !== undefined) spec.maxFailedIndexes = Math.min(d.maxFailedIndexes, completions ?? 1);
      }
      let rules = d.pfp?.filter((r) => r.action !== 'FailIndex' || spec.backoffLimitPerIndex !== undefined);
      if (rules && rules.length === 0) rules = undefined;
      if (rules) spec.podFailurePolicy = { rules: structuredClone(rules) };
      // podFailurePolicy needs restartPolicy Never and podReplacementPolicy Failed (or unset)
      const restartPolicy = d.onFailure && !rules ? 'OnFailure' : 'Never';
      if (d.replacement !== undefined && (!rules || d.replacement === 'Failed')) spec.podReplacementPolicy = d.replacement;
      if (indexed && d.success === 'first') spec.successPolicy = { rules: [{ succeededIndexes: '0' }] };
      else if (indexed && d.success === 'count') spec.successPolicy = { rules: [{ succeededCount: Math.max(1, Math.ceil((completions ?? 1) / 2)) }] };
      return { ...spec, template: d.template(name, restartPolicy) };
    });
}

/** A Job spec (template included) for a Job, or a CronJob's jobTemplate, named `name`. */
export function arbJobSpec(name: string, opts: JobArbOptions = {}): fc.Arbitrary<JobSpec> {
  return arbJobSpecFor(opts).map((f) => f(name));
}

function jobManifest(name: string, namespace: string | undefined, spec: JobSpec): JobManifest {
  return { apiVersion: 'batch/v1', kind: 'Job', metadata: namespace ? { name, namespace } : { name }, spec };
}

/** A batch/v1 Job manifest. */
export function arbJob(opts: JobArbOptions = {}): fc.Arbitrary<JobManifest> {
  const name = typeof opts.name === 'string' ? fc.constant(opts.name) : (opts.name ?? arbName('job'));
  return fc.tuple(name, arbJobSpecFor(opts)).map(([n, f]) => jobManifest(n, opts.namespace, f(n)));
}

// ---------------------------------------------------------------------------------------------
// CronJobs

/** Simple valid schedules, from every minute to every two hours. */
export const SimpleSchedules = ['*/1 * * * *', '*/2 * * * *', '*/5 * * * *', '*/15 * * * *', '15,45 * * * *', '0 * * * *', '30 * * * *', '@hourly', '0 */2 * * *'];

export interface CronJobArbOptions {
  name?: string | fc.Arbitrary<string>;
  namespace?: string;
  /** schedules to draw from (default SimpleSchedules) */
  schedules?: string[];
  /** may be created suspended (default false) */
  suspend?: boolean;
  /** set a spec.timeZone sometimes (default true) */
  timeZone?: boolean;
  /** options for the jobTemplate (default: small Jobs without activeDeadline) */
  job?: JobArbOptions;
}

/** CronJob specs as functions of the CronJob's name. */
export function arbCronJobSpecFor(opts: CronJobArbOptions = {}): fc.Arbitrary<(name: string) => CronJobSpec> {
  const jobOpts: JobArbOptions = { maxCompletions: 2, maxParallelism: 2, ...opts.job };
  return fc
    .record({
      schedule: fc.constantFrom(...(opts.schedules ?? SimpleSchedules)),
      concurrencyPolicy: maybe(fc.constantFrom('Allow' as const, 'Forbid' as const, 'Replace' as const), 1, 3),
      startingDeadlineSeconds: maybe(fc.integer({ min: 10, max: 3600 }), 2, 1),
      successfulJobsHistoryLimit: maybe(fc.integer({ min: 0, max: 3 })),
      failedJobsHistoryLimit: maybe(fc.integer({ min: 0, max: 2 })),
      suspend: opts.suspend ? maybe(fc.boolean(), 2, 1) : fc.constant(undefined),
      timeZone: (opts.timeZone ?? true) ? maybe(fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'), 3, 1) : fc.constant(undefined),
      jobSpec: arbJobSpecFor(jobOpts),
    })
    .map(({ jobSpec, ...rest }) => (name: string): CronJobSpec => ({ ...compact(rest), jobTemplate: { spec: jobSpec(name) } }) as CronJobSpec);
}

function cronJobManifest(name: string, namespace: string | undefined, spec: CronJobSpec): CronJobManifest {
  return { apiVersion: 'batch/v1', kind: 'CronJob', metadata: namespace ? { name, namespace } : { name }, spec };
}

/** A batch/v1 CronJob manifest. */
export function arbCronJob(opts: CronJobArbOptions = {}): fc.Arbitrary<CronJobManifest> {
  const name = typeof opts.name === 'string' ? fc.constant(opts.name) : (opts.name ?? arbName('cron'));
  return fc.tuple(name, arbCronJobSpecFor(opts)).map(([n, f]) => cronJobManifest(n, opts.namespace, f(n)));
}

// ---------------------------------------------------------------------------------------------
// clusters

export interface ClusterArbOptions {
  /** node pools (default 1..2) */
  pools?: Range | number;
  /** nodes per pool (default 1..4) */
  nodes?: Range | number;
  /** a small pods capacity (2..8) sometimes, so that pods queue (default true) */
  tightPods?: boolean;
}

const poolNames = ['worker', 'batch', 'spot', 'infra', 'gpu', 'edge'];

/** `spec.cluster` of a Simulation document: node pools of 2-8 cpu and 4-32Gi. */
export function arbCluster(opts: ClusterArbOptions = {}): fc.Arbitrary<ClusterDoc> {
  const pools = range(opts.pools, 1, 2);
  const nodes = range(opts.nodes, 1, 4);
  const pool = fc.record({
    count: fc.integer({ min: nodes.min, max: nodes.max }),
    cpu: fc.constantFrom('2', '4', '8'),
    memory: fc.constantFrom('4Gi', '16Gi', '32Gi'),
    pods: (opts.tightPods ?? true) ? fc.oneof({ arbitrary: fc.constant(110), weight: 3 }, { arbitrary: fc.integer({ min: 2, max: 8 }), weight: 1 }) : fc.constant(110),
  });
  return fc.array(pool, { minLength: Math.min(pools.min, poolNames.length), maxLength: Math.min(pools.max, poolNames.length) }).map((ps) => ({
    nodePools: ps.map((p, i) => ({ name: poolNames[i]!, count: p.count, capacity: { cpu: p.cpu, memory: p.memory, pods: p.pods }, labels: { pool: poolNames[i]! } })),
  }));
}

/** The node names of a cluster document (`<pool>-1` ..), or of the default cluster. */
export function nodeNames(cluster?: ClusterDoc): string[] {
  if (!cluster) return ['node-1', 'node-2', 'node-3'];
  const out: string[] = [];
  for (const p of cluster.nodePools) for (let i = 1; i <= p.count; i++) out.push(`${p.name}-${i}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// faults

export interface FaultPlanOptions {
  /** nodes that may fail (default the default cluster's node-1..node-3) */
  nodes?: string[];
  /** at most this many nodeDown faults (default 2) */
  maxNodeDown?: number;
  /** at least this many (default 0) */
  minNodeDown?: number;
  /** each node fails at most once (default true) */
  distinctNodes?: boolean;
  /** how long a node stays down (default ['1m', '30m']) */
  nodeDownFor?: [string | number, string | number];
  /** some nodes never come back (default false) */
  permanent?: boolean;
  /** faults start within [0, within] of the start (default '2h') */
  within?: string | number;
  /** at most this many controllerDown faults (default 0) */
  maxControllerDown?: number;
  /** which controllers may go down (default all three choices) */
  controllers?: Array<'job' | 'cronjob' | 'all'>;
  /** how long a controller stays down (default ['30s', '10m']) */
  controllerDownFor?: [string | number, string | number];
  /** at most this many node drains, kubectl drain (default 0) */
  maxDrains?: number;
  /** how long a drained node stays cordoned (default ['10m', '1h']) */
  drainFor?: [string | number, string | number];
}

interface RawNodeFault {
  pick: number;
  at: number;
  for: number;
  permanent: boolean;
}
interface RawCtrlFault {
  which: 'job' | 'cronjob' | 'all';
  at: number;
  for: number;
}

/** Fault plans as functions of the node names: nodes are picked by index, so no chain is needed. */
function arbRawFaults(opts: FaultPlanOptions): fc.Arbitrary<(nodes: string[]) => FaultDoc[]> {
  const within = toSeconds(opts.within ?? '2h', 'within');
  const [fMin, fMax] = (opts.nodeDownFor ?? ['1m', '30m']).map((d) => Math.max(1, toSeconds(d, 'nodeDownFor'))) as [number, number];
  const [cMin, cMax] = (opts.controllerDownFor ?? ['30s', '10m']).map((d) => Math.max(1, toSeconds(d, 'controllerDownFor'))) as [number, number];
  const distinct = opts.distinctNodes ?? true;
  const maxNodeDown = Math.max(0, opts.maxNodeDown ?? 2);
  const nodeFault: fc.Arbitrary<RawNodeFault> = fc.record({
    pick: fc.nat({ max: 1000 }),
    at: fc.integer({ min: 0, max: within }),
    for: fc.integer({ min: fMin, max: Math.max(fMin, fMax) }),
    permanent: opts.permanent ? fc.boolean() : fc.constant(false),
  });
  const ctrlFault: fc.Arbitrary<RawCtrlFault> = fc.record({
    which: fc.constantFrom(...(opts.controllers ?? (['job', 'cronjob', 'all'] as const))),
    at: fc.integer({ min: 0, max: within }),
    for: fc.integer({ min: cMin, max: Math.max(cMin, cMax) }),
  });
  const [dMin, dMax] = (opts.drainFor ?? ['10m', '1h']).map((d) => Math.max(1, toSeconds(d, 'drainFor'))) as [number, number];
  const drainFault = fc.record({ pick: fc.nat({ max: 1000 }), at: fc.integer({ min: 0, max: within }), for: fc.integer({ min: dMin, max: Math.max(dMin, dMax) }) });
  return fc
    .tuple(
      fc.array(nodeFault, { minLength: Math.min(opts.minNodeDown ?? 0, maxNodeDown), maxLength: maxNodeDown }),
      (opts.maxControllerDown ?? 0) > 0 ? fc.array(ctrlFault, { maxLength: opts.maxControllerDown }) : fc.constant([] as RawCtrlFault[]),
      (opts.maxDrains ?? 0) > 0 ? fc.array(drainFault, { maxLength: opts.maxDrains }) : fc.constant([] as Array<{ pick: number; at: number; for: number }>),
    )
    .map(([ns, cs, ds]) => (nodes: string[]): FaultDoc[] => {
      const out: Array<{ s: number; f: FaultDoc }> = [];
      // distinct nodes: each pick chooses among the nodes not failed yet
      const left = [...nodes];
      for (const f of ns) {
        if (left.length === 0) break;
        const i = f.pick % left.length;
        const node = left[i]!;
        if (distinct) left.splice(i, 1);
        out.push({ s: f.at, f: f.permanent ? { at: seconds(f.at), nodeDown: node } : { at: seconds(f.at), nodeDown: node, for: seconds(f.for) } });
      }
      for (const c of cs) out.push({ s: c.at, f: { at: seconds(c.at), controllerDown: c.which, for: seconds(c.for) } });
      if (nodes.length > 0) for (const d of ds) out.push({ s: d.at, f: { at: seconds(d.at), drainNode: nodes[d.pick % nodes.length]!, for: seconds(d.for) } });
      // stable: same-time faults keep their drawn order (nodes first)
      return out
        .map((x, i) => ({ ...x, i }))
        .sort((a, b) => a.s - b.s || a.i - b.i)
        .map((x) => x.f);
    });
}

/** Faults for `spec.faults`: node failures at random times with random durations, controller outages and node drains; sorted by time. */
export function arbFaultPlan(opts: FaultPlanOptions = {}): fc.Arbitrary<FaultDoc[]> {
  const nodes = opts.nodes ?? nodeNames();
  return arbRawFaults(opts).map((f) => f(nodes));
}

// ---------------------------------------------------------------------------------------------
// worlds

export interface WorldArbOptions {
  /** how many Jobs (default 1..3) */
  jobs?: Range | number;
  /** how many CronJobs (default 0..1) */
  cronJobs?: Range | number;
  job?: JobArbOptions;
  cronJob?: CronJobArbOptions;
  /** a drawn cluster (default), false for the default 3-node cluster */
  cluster?: ClusterArbOptions | false;
  /** behaviour rules for some of the objects (default true) */
  behaviors?: boolean;
  /** faults over the world's nodes (default up to 2 node failures), false for none */
  faults?: Omit<FaultPlanOptions, 'nodes'> | false;
  /** suspend/resume and delete patches, and objects created later (default false) */
  timeline?: boolean | { within?: string | number };
  /**
   * spec.duration (default '4h'). A world may never go quiet (a crash-looping pod with an
   * unlimited backoffLimit restarts forever, as it would on a real cluster), so worlds are bounded.
   */
  duration?: string;
  /** spec.seed: a number, or drawn (default 1..2^31-1) */
  seed?: number;
}

interface RawPlan {
  createAt?: number;
  action?: { kind: 'suspend'; at: number; resumeAfter?: number } | { kind: 'delete'; at: number };
}

function arbPlan(within: number | false): fc.Arbitrary<RawPlan> {
  if (within === false) return fc.constant({});
  const t = fc.integer({ min: 0, max: within });
  return fc.record(
    {
      createAt: maybe(t, 3, 1),
      action: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 3 },
        { arbitrary: fc.record({ kind: fc.constant('suspend' as const), at: t, resumeAfter: maybe(fc.integer({ min: 1, max: 3600 }), 1, 2) }, { requiredKeys: ['kind', 'at'] }), weight: 2 },
        { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: t }), weight: 1 },
      ),
    },
    { requiredKeys: [] },
  );
}

interface RawObject<Spec> {
  spec: (name: string) => Spec;
  plan: RawPlan;
  behavior?: BehaviorDoc;
}

function arbObjects<Spec>(n: { min: number; max: number }, spec: fc.Arbitrary<(name: string) => Spec>, within: number | false, behaviors: boolean): fc.Arbitrary<RawObject<Spec>[]> {
  const obj = fc.record(
    {
      spec,
      plan: arbPlan(within),
      behavior: behaviors ? maybe(arbBehavior({ matchLabels: { app: '' } })) : fc.constant(undefined),
    },
    { requiredKeys: ['spec', 'plan'] },
  );
  return fc.array(obj, { minLength: n.min, maxLength: n.max });
}

/**
 * A whole world for loadScenarioObjects: a Simulation document (seed, duration, cluster,
 * behaviours, faults over its nodes, timeline) followed by Jobs `job-1..` and CronJobs
 * `cron-1..`. Built from independent draws (no chain), so that fast-check shrinks a failing
 * world object by object and field by field.
 */
export function arbWorld(opts: WorldArbOptions = {}): fc.Arbitrary<WorldDoc[]> {
  const nJobs = range(opts.jobs, 1, 3);
  const nCrons = range(opts.cronJobs, 0, 1);
  const within = opts.timeline ? toSeconds((typeof opts.timeline === 'object' ? opts.timeline.within : undefined) ?? '2h', 'timeline.within') : false;
  const behaviors = opts.behaviors ?? true;
  return fc
    .record({
      seed: opts.seed !== undefined ? fc.constant(opts.seed) : fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      cluster: opts.cluster === false ? fc.constant(undefined) : arbCluster(opts.cluster ?? {}),
      jobs: arbObjects(nJobs, arbJobSpecFor(opts.job), within, behaviors),
      crons: arbObjects(nCrons, arbCronJobSpecFor(opts.cronJob), within, behaviors),
      faults: opts.faults === false ? fc.constant(() => [] as FaultDoc[]) : arbRawFaults(opts.faults ?? {}),
    })
    .map(({ seed, cluster, jobs, crons, faults }) => {
      const sim: SimulationDoc = { apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'world' }, spec: { seed, duration: opts.duration ?? '4h' } };
      if (cluster) sim.spec.cluster = cluster;
      const docs: WorldDoc[] = [sim];
      const rules: BehaviorDoc[] = [];
      const tl: Array<{ s: number; e: TimelineDoc }> = [];
      const place = (doc: JobManifest | CronJobManifest, raw: RawObject<unknown>) => {
        const name = doc.metadata.name;
        if (raw.behavior) {
          const { selector: _ignored, ...rest } = raw.behavior;
          rules.push({ selector: { matchLabels: { app: name } }, ...rest });
        }
        const ref = { kind: doc.kind, name };
        const p = raw.plan;
        const created = p.createAt ?? 0;
        if (p.createAt === undefined) docs.push(doc);
        else tl.push({ s: p.createAt, e: { at: seconds(p.createAt), create: doc } });
        if (p.action?.kind === 'delete') {
          const at = Math.max(p.action.at, created);
          tl.push({ s: at, e: { at: seconds(at), delete: ref } });
        } else if (p.action?.kind === 'suspend') {
          const at = Math.max(p.action.at, created);
          tl.push({ s: at, e: { at: seconds(at), patch: { ...ref, spec: { suspend: true } } } });
          if (p.action.resumeAfter !== undefined) tl.push({ s: at + p.action.resumeAfter, e: { at: seconds(at + p.action.resumeAfter), patch: { ...ref, spec: { suspend: false } } } });
        }
      };
      jobs.forEach((j, i) => place(jobManifest(`job-${i + 1}`, undefined, j.spec(`job-${i + 1}`)), j));
      crons.forEach((c, i) => place(cronJobManifest(`cron-${i + 1}`, undefined, c.spec(`cron-${i + 1}`)), c));
      if (rules.length) sim.spec.behaviors = rules;
      const fs = faults(nodeNames(cluster));
      if (fs.length) sim.spec.faults = fs;
      if (tl.length) {
        sim.spec.timeline = tl
          .map((x, i) => ({ ...x, i }))
          .sort((a, b) => a.s - b.s || a.i - b.i)
          .map((x) => x.e);
      }
      return docs;
    });
}

/** The documents with `faults` added to the Simulation document's spec.faults (one is created if needed). */
export function withFaults(docs: readonly object[], faults: readonly FaultDoc[]): object[] {
  const out = docs.map((d) => structuredClone(d)) as Array<Record<string, unknown>>;
  let sim = out.find((d) => d['kind'] === 'Simulation') as SimulationDoc | undefined;
  if (!sim) {
    sim = { apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'world' }, spec: {} };
    out.unshift(sim as unknown as Record<string, unknown>);
  }
  sim.spec ??= {};
  sim.spec.faults = [...(sim.spec.faults ?? []), ...structuredClone(faults as FaultDoc[])];
  return out;
}
