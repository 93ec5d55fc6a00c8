// The scenario loader: parse every document, dispatch by apiVersion/kind, check fields and types
// (strict decoding), apply API defaults, validate as the API server would, and compile the
// Simulation document into a SimulationConfig. Every problem is collected, never just the first;
// each issue carries the file, line and column of the field it is about when known.

import { mergePatch, qualifiedResource } from '../api/meta.ts';
import type { CronJob, Job, LabelSelector, PriorityClass, Taint } from '../api/types.ts';
import { canonicalQuantity, quantityError, compareQuantities, isIntegerQuantity } from '../api/quantity.ts';
import { LastRfc3339Ms, MaxRunMs, parseDurationMs } from '../core/time.ts';
import { DurationAnnotation, ExitCodesAnnotation, OnSigtermAnnotation, parseDistribution, parseExitCodes, parseOnSigterm } from '../cluster/workload.ts';
import { decodeWithDefaults, defaultPriorityClass } from '../api/defaults.ts';
import { docFromValue, formatPath, mapKey, parseDocuments, parsePath } from './parse.ts';
import type { ParsedDoc, PathSeg } from './parse.ts';
import { checkSchema, showValue } from './schema.ts';
import {
  isDNS1123Label,
  isDNS1123Subdomain,
  validateCronJob,
  validateCronJobUpdate,
  validateJob,
  refusedJobUid,
  withGeneratedSelector,
  validateJobUpdate,
  jobSpecWarnings,
  nameWarnings,
  metadataBeforeUpdate,
  couldBeStoreUid,
  semanticEqual,
  validateLabelSelector,
  validateLabels,
  validatePriorityClass,
  validateQualifiedName,
  dedupe,
  isValidLabelValue,
  validateNoNewFinalizers,
} from './validate.ts';
import type { FieldError, JobValidationOptions } from './validate.ts';
import type {
  BehaviorOverride,
  BehaviorRule,
  CheckConfig,
  CheckProperty,
  Distribution,
  Fault,
  Issue,
  LoadResult,
  NodePoolConfig,
  ObjectRef,
  Scenario,
  ScenarioObject,
  SimulationConfig,
  TimelineAction,
} from './types.ts';

export const DefaultStart = '2026-01-01T00:00:00Z';
export const DefaultSeed = 1;
export const DefaultNodePool: NodePoolConfig = { name: 'node', count: 3, capacity: { cpu: '4', memory: '16Gi', pods: 110 }, labels: {}, taints: [] };
/** bounds that keep a scenario finite (STYLE: everything has a limit) */
export const MaxNodes = 10_000;
export const MaxCheckRuns = 1_000_000;


type Obj = Record<string, unknown>;
type Kind = 'Job' | 'CronJob' | 'PriorityClass' | 'Simulation';
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

const apiVersionOf: Record<Kind, string> = { Job: 'batch/v1', CronJob: 'batch/v1', PriorityClass: 'scheduling.k8s.io/v1', Simulation: 'jobsim/v1alpha1' };

// ---------------------------------------------------------------------------------------------
// issues

/** `file:line:col: Kind ns/name: field.path: problem`, leaving out what is unknown. */
export function formatIssue(i: Issue): string {
  let loc = i.file ?? '';
  if (i.line !== undefined) {
    loc += `:${i.line}`;
    if (i.col !== undefined) loc += `:${i.col}`;
  }
  const parts: string[] = [];
  if (loc) parts.push(`${loc}:`);
  if (i.object) parts.push(`${i.object}:`);
  if (i.path) parts.push(`${i.path}:`);
  parts.push(i.message);
  return parts.join(' ');
}

/** Sorted by file (in the order given), line, column; stable otherwise. */
export function sortIssues(issues: Issue[], fileOrder: string[] = []): Issue[] {
  const rank = (f: string) => {
    const r = fileOrder.indexOf(f);
    return r < 0 ? fileOrder.length : r;
  };
  return issues
    .map((i, n) => ({ i, n }))
    .sort((a, b) => {
      if (a.i.file !== b.i.file) {
        const d = rank(a.i.file) - rank(b.i.file);
        if (d !== 0) return d;
        return a.i.file < b.i.file ? -1 : 1;
      }
      const l = (a.i.line ?? 0) - (b.i.line ?? 0);
      if (l !== 0) return l;
      const c = (a.i.col ?? 0) - (b.i.col ?? 0);
      if (c !== 0) return c;
      return a.n - b.n;
    })
    .map((x) => x.i);
}

class Sink {
  readonly issues: Issue[] = [];
  /** what the API server accepts but warns about (kubectl prints them as "Warning: ...") */
  readonly warnings: Issue[] = [];

  /** An issue about `path` (relative to the object) of a value written at `base` in `doc`. */
  at(doc: ParsedDoc, base: PathSeg[], object: string | undefined, path: string | undefined, message: string): void {
    const segs = path ? positionPath(parsePath(path)) : [];
    const p = doc.posOf([...base, ...segs]);
    const issue: Issue = { file: doc.file, message };
    if (p) {
      issue.line = p.line;
      issue.col = p.col;
    }
    if (object) issue.object = object;
    if (path) issue.path = path;
    this.issues.push(issue);
  }

  fieldErrors(doc: ParsedDoc, base: PathSeg[], object: string, errs: FieldError[], pruned: string[] = []): void {
    for (const e of errs) {
      // a value already reported with the wrong type is absent now: do not report it twice
      if (pruned.some((p) => e.path === p || e.path.startsWith(`${p}.`) || e.path.startsWith(`${p}[`))) continue;
      this.at(doc, base, object, e.path, e.message);
    }
  }
}

/** Upstream names a pod template's labels `template.labels`; in the file they sit under `template.metadata`. */
/** The exact integers written under `base` of `doc`, by the path the schema check prints. */
function exactIntOf(doc: ParsedDoc, base: PathSeg[]): ((path: string) => bigint | undefined) | undefined {
  const exact = doc.exactInt;
  return exact ? (path) => exact([...base, ...positionPath(parsePath(path))]) : undefined;
}

function positionPath(segs: PathSeg[]): PathSeg[] {
  const out: PathSeg[] = [];
  for (let i = 0; i < segs.length; i++) {
    out.push(segs[i]!);
    if (segs[i] === 'template' && (segs[i + 1] === 'labels' || segs[i + 1] === 'annotations')) out.push('metadata');
  }
  return out;
}


// ---------------------------------------------------------------------------------------------
// objects

function identity(kind: string, v: unknown): string {
  const meta = isObj(v) && isObj(v.metadata) ? v.metadata : {};
  const name = isStr(meta.name) && meta.name !== '' ? meta.name : isStr(meta.generateName) && meta.generateName !== '' ? meta.generateName : undefined;
  if (kind === 'Job' || kind === 'CronJob') {
    const ns = isStr(meta.namespace) && meta.namespace !== '' ? meta.namespace : 'default';
    return name ? `${kind} ${ns}/${name}` : kind;
  }
  return name ? `${kind} ${name}` : kind;
}

/** The jobsim workload annotations of a pod template: bad values are errors at their line. */
function validateWorkloadAnnotations(template: unknown, path: string): FieldError[] {
  const ann = isObj(template) && isObj(template.metadata) && isObj(template.metadata.annotations) ? template.metadata.annotations : {};
  const errs: FieldError[] = [];
  const d = ann[DurationAnnotation];
  if (isStr(d) && parseDistribution(d) === null) {
    errs.push({
      path: `${path}.metadata.annotations[${DurationAnnotation}]`,
      message: `Invalid value: ${JSON.stringify(d)}: must be a duration (30s, 1h30m) or uniform(MIN,MAX), lognormal(MEDIAN,P95), exponential(MEAN)`,
    });
  }
  const e = ann[ExitCodesAnnotation];
  if (isStr(e) && parseExitCodes(e) === null) {
    errs.push({ path: `${path}.metadata.annotations[${ExitCodesAnnotation}]`, message: `Invalid value: ${JSON.stringify(e)}: must be exit codes 0-255 separated by commas, e.g. "1,1,0"` });
  }
  const t = ann[OnSigtermAnnotation];
  if (isStr(t) && parseOnSigterm(t) === null) {
    errs.push({ path: `${path}.metadata.annotations[${OnSigtermAnnotation}]`, message: `Invalid value: ${JSON.stringify(t)}: ${OnSigtermForm}` });
  }
  // jobsim owns the jobsim/ prefix: a misspelt key would silently leave the defaults in force
  for (const k of Object.keys(ann)) {
    if (!k.startsWith('jobsim/') || k === DurationAnnotation || k === ExitCodesAnnotation || k === OnSigtermAnnotation) continue;
    errs.push({ path: `${path}.metadata.annotations[${k}]`, message: `Unsupported value: ${JSON.stringify(k)}: supported values: "${DurationAnnotation}", "${ExitCodesAnnotation}", "${OnSigtermAnnotation}"` });
  }
  return errs;
}

function validateObject(kind: 'Job' | 'CronJob' | 'PriorityClass', obj: Job | CronJob | PriorityClass, mode: 'create' | 'update' = 'create', jobOpts: JobValidationOptions = {}): FieldError[] {
  if (kind === 'Job') return [...validateJob(obj as Job, mode, jobOpts), ...validateWorkloadAnnotations((obj as Job).spec?.template, 'spec.template')];
  if (kind === 'CronJob') {
    const cj = obj as CronJob;
    return [...validateCronJob(cj), ...validateWorkloadAnnotations(cj.spec?.jobTemplate?.spec?.template, 'spec.jobTemplate.spec.template')];
  }
  return validatePriorityClass(obj as PriorityClass);
}

function applyDefaults(kind: 'Job' | 'CronJob' | 'PriorityClass', obj: Obj): Job | CronJob | PriorityClass {
  if (kind === 'PriorityClass') return defaultPriorityClass(obj as unknown as PriorityClass);
  return decodeWithDefaults(kind, obj);
}

/**
 * Decodes one Job, CronJob or PriorityClass written at `base` of `doc`: strict field and type
 * checks, defaults, validation. Returns the defaulted object, or undefined when it is unusable.
 */
function decodeObject(sink: Sink, doc: ParsedDoc, base: PathSeg[], kind: 'Job' | 'CronJob' | 'PriorityClass', raw: Obj): Job | CronJob | PriorityClass | undefined {
  const value = structuredClone(raw);
  const object = identity(kind, value);
  const schema = checkSchema(value, kind, '', { exactInt: exactIntOf(doc, base) });
  for (const i of schema.issues) sink.at(doc, base, object, i.path, i.message);
  // the API server ignores status on create, and sets the identity fields itself
  delete value.status;
  if (kind === 'PriorityClass' && isObj(value.metadata)) delete value.metadata.namespace; // cluster-scoped
  const obj = applyDefaults(kind, value);
  sink.fieldErrors(doc, base, object, validateObject(kind, obj), schema.pruned);
  // WarningsOnCreate: the name first, then the spec (an update warns about the spec only)
  for (const w of [...(kind === 'PriorityClass' ? [] : nameWarnings(obj.metadata?.name)), ...specWarnings(kind, obj)]) {
    const p = doc.posOf([...base, ...positionPath(parsePath(w.path))]);
    sink.warnings.push({ file: doc.file, ...(p ? { line: p.line, col: p.col } : {}), object, path: w.path, message: w.message });
  }
  return obj;
}

/** WarningsOnCreate / WarningsOnUpdate of the Job and CronJob strategies: WarningsForJobSpec of the Job spec. */
function specWarnings(kind: string, obj: Job | CronJob | PriorityClass): FieldError[] {
  if (kind === 'Job') return jobSpecWarnings((obj as Job).spec, 'spec');
  if (kind === 'CronJob') return jobSpecWarnings((obj as CronJob).spec?.jobTemplate?.spec, 'spec.jobTemplate.spec');
  return [];
}

// ---------------------------------------------------------------------------------------------
// entry points

/** Loads a scenario from YAML files (all documents of all files form one scenario). */
export function loadScenario(files: Array<{ file: string; text: string }>): LoadResult {
  const sink = new Sink();
  const docs: ParsedDoc[] = [];
  for (const f of files) {
    const r = parseDocuments(f.file, f.text);
    sink.issues.push(...r.issues);
    docs.push(...r.docs);
  }
  // without a Simulation document the name is "simulation", whatever the files are called: the
  // same documents give the same output
  return compile(sink, docs, 'simulation', files.map((f) => f.file));
}

/** Loads a scenario from plain objects (library input): same checks, no positions. */
export function loadScenarioObjects(objects: unknown[], file = '<input>'): LoadResult {
  const sink = new Sink();
  const docs: ParsedDoc[] = [];
  objects.forEach((o, i) => {
    let v: unknown;
    try {
      v = structuredClone(o);
    } catch (e) {
      sink.issues.push({ file, message: `document ${i}: cannot be copied: ${(e as Error).message}` });
      return;
    }
    if (v !== null && v !== undefined) docs.push(docFromValue(file, i, v));
  });
  return compile(sink, docs, 'simulation', [file]);
}

interface Declared {
  kind: 'Job' | 'CronJob' | 'PriorityClass';
  obj: Job | CronJob | PriorityClass;
  doc: ParsedDoc;
}

/** A list kubectl's RESTMapper knows: `List` in a served group version, or `<Kind>List` of a kind jobsim reads. */
function isListKind(kind: string, apiVersion: string): boolean {
  if (!kind.endsWith('List')) return false;
  if (kind === 'List') return apiVersion === 'v1' || Object.values(apiVersionOf).includes(apiVersion);
  const item = kind.slice(0, -'List'.length);
  return item !== 'Simulation' && Object.hasOwn(apiVersionOf, item) && apiVersionOf[item as Kind] === apiVersion;
}

function compile(sink: Sink, docs: ParsedDoc[], defaultName: string, fileOrder: string[]): LoadResult {
  const objects: ScenarioObject[] = [];
  const byKey = new Map<string, Declared>();
  let simDoc: ParsedDoc | undefined;

  /** One object at `base` of `doc` (the document itself, or an item of a v1 List). */
  const compileOne = (doc: ParsedDoc, base: PathSeg[], v: unknown, inList: boolean): void => {
    if (!isObj(v)) {
      sink.at(doc, base, undefined, undefined, inList ? 'a List item must be a mapping with apiVersion and kind' : 'a document must be a mapping with apiVersion and kind');
      return;
    }
    const missing = [...(isStr(v.apiVersion) && v.apiVersion ? [] : ['apiVersion not set']), ...(isStr(v.kind) && v.kind ? [] : ['kind not set'])];
    if (missing.length) {
      sink.at(doc, base, undefined, undefined, `error validating data: [${missing.join(', ')}]`);
      return;
    }
    const kind = v.kind as string;
    const apiVersion = v.apiVersion as string;
    if (isListKind(kind, apiVersion)) {
      // kubectl apply flattens lists, nested ones too (FlattenListVisitor): a v1 List (what
      // `kubectl get ... -o yaml` writes), a List of a served group, or a typed KindList, whose
      // items with neither apiVersion nor kind take the list's (decodeToList)
      if (!Array.isArray(v.items)) {
        sink.at(doc, [...base, 'items'], undefined, undefined, `${kind}: items must be a list of objects`);
        return;
      }
      const itemKind = kind.slice(0, -'List'.length);
      v.items.forEach((item, i) => {
        if (isObj(item) && item.apiVersion === undefined && item.kind === undefined && itemKind !== '') {
          item = { apiVersion, kind: itemKind, ...item };
          (v.items as unknown[])[i] = item;
        }
        compileOne(doc, [...base, 'items', i], item, true);
      });
      return;
    }
    if (!Object.hasOwn(apiVersionOf, kind) || apiVersionOf[kind as Kind] !== apiVersion) {
      sink.at(doc, [...base, 'kind'], identity(kind, v), undefined, `no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}; jobsim reads batch/v1 Job and CronJob, scheduling.k8s.io/v1 PriorityClass and jobsim/v1alpha1 Simulation`);
      return;
    }
    if (kind === 'Simulation') {
      if (inList) sink.at(doc, base, identity('Simulation', v), undefined, 'the Simulation document cannot be a List item: give it as a document of its own');
      else if (simDoc) {
        const p = simDoc.pos;
        sink.at(doc, [], identity('Simulation', v), undefined, `only one Simulation document is allowed; the first is at ${simDoc.file}${p ? `:${p.line}` : ''}`);
      } else simDoc = doc;
      return;
    }
    const k = kind as 'Job' | 'CronJob' | 'PriorityClass';
    const obj = decodeObject(sink, doc, base, k, v);
    if (!obj) return;
    const name = obj.metadata?.name;
    if (isStr(name) && name !== '') {
      const key = objectKey(k, obj.metadata.namespace, name);
      if (byKey.has(key)) {
        sink.at(doc, [...base, 'metadata', 'name'], identity(k, obj), 'metadata.name', `${qualifiedResource(k)} ${JSON.stringify(name)} already exists`);
        return;
      }
      byKey.set(key, { kind: k, obj, doc });
    }
    const at = base.length ? doc.posOf(base) : undefined;
    objects.push({ obj, pos: at ? { file: doc.file, line: at.line, col: at.col } : doc.pos });
  };
  for (const doc of docs) compileOne(doc, [], doc.value, false);
  checkGlobalDefault(sink, [...byKey.values()]);

  const config = compileSimulation(sink, simDoc, defaultName, byKey);
  const issues = sortIssues(sink.issues, fileOrder);
  if (issues.length > 0 || !config) return { issues };
  const scenario: Scenario = { config, objects };
  return { scenario, issues, warnings: sortIssues(sink.warnings, fileOrder) };
}

/** Whether `name` is one a declared CronJob of the namespace gives its Jobs: `<cronjob>-<scheduled minutes>`. */
function cronJobChildName(name: string, namespace: string | undefined, live: Map<string, { kind: string }>): boolean {
  const m = /^(.+)-(\d+)$/.exec(name);
  return m !== null && live.get(objectKey('CronJob', namespace, m[1]!))?.kind === 'CronJob';
}

function objectKey(kind: string, namespace: string | undefined, name: string): string {
  return kind === 'PriorityClass' ? `${kind}/${name}` : `${kind}/${namespace ?? 'default'}/${name}`;
}

/** The priority admission plugin allows one globalDefault PriorityClass. */
function checkGlobalDefault(sink: Sink, declared: Declared[]): void {
  let first: Declared | undefined;
  for (const d of declared) {
    if (d.kind !== 'PriorityClass' || (d.obj as PriorityClass).globalDefault !== true) continue;
    if (!first) first = d;
    else sink.at(d.doc, ['globalDefault'], identity('PriorityClass', d.obj), 'globalDefault', `PriorityClass ${first.obj.metadata.name} is already marked as default. Only one default can exist`);
  }
}

// ---------------------------------------------------------------------------------------------
// the Simulation document

/**
 * An RFC 3339 time as Go's time.Parse reads it: every field in its range ("day out of range" for
 * 2026-02-30, "hour out of range" for 24:00), where Date.parse would roll over; NaN when invalid.
 */
function rfc3339Ms(v: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(v);
  if (!m) return NaN;
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  if (days === undefined || d < 1 || d > days || h > 23 || mi > 59 || sec > 59) return NaN;
  if (m[8] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59)) return NaN;
  return Date.parse(v);
}
const durationHelp = 'must be a duration such as 500ms, 90s, 1h30m or 7d';

/** Checks of one Simulation document, reporting at its own positions. */
class SimCtx {
  constructor(
    readonly sink: Sink,
    readonly doc: ParsedDoc,
    readonly object: string,
    /** paths whose value the schema check reported (wrong type) and took out: not reported twice */
    readonly pruned: string[] = [],
  ) {}

  err(path: PathSeg[], message: string): void {
    if (this.isPruned(path)) return;
    this.sink.at(this.doc, [], this.object, formatPath(path), message);
  }

  /** Whether the value at `path` (or around it) was already reported with the wrong type. */
  isPruned(path: PathSeg[]): boolean {
    const p = formatPath(path);
    return this.pruned.some((x) => p === x || p.startsWith(`${x}.`) || p.startsWith(`${x}[`));
  }

  /** A duration field; undefined when absent or bad (bad ones are reported). */
  duration(v: unknown, path: PathSeg[], opts: { positive?: boolean } = {}): number | undefined {
    if (v === undefined || v === null) return undefined;
    const ms = typeof v === 'number' ? (v === 0 ? 0 : null) : isStr(v) ? parseDurationMs(v) : null;
    if (ms === null) {
      this.err(path, `Invalid value: ${showValue(v)}: ${durationHelp}`);
      return undefined;
    }
    if (opts.positive && ms <= 0) {
      this.err(path, `Invalid value: ${showValue(v)}: must be greater than 0`);
      return undefined;
    }
    return ms;
  }

  intRange(v: unknown, path: PathSeg[], lo: number, hi: number): number | undefined {
    if (typeof v !== 'number') return undefined;
    if (v < lo || v > hi) {
      this.err(path, `Invalid value: ${v}: must be between ${lo} and ${hi}, inclusive`);
      return undefined;
    }
    return v;
  }

  fieldErrors(errs: FieldError[], prefix: PathSeg[]): void {
    for (const e of errs) this.err([...prefix, ...parsePath(e.path)], e.message);
  }
}

function compileSimulation(sink: Sink, doc: ParsedDoc | undefined, defaultName: string, declared: Map<string, Declared>): SimulationConfig | undefined {
  const cfg: SimulationConfig = {
    name: defaultName,
    seed: DefaultSeed,
    startMs: Date.parse(DefaultStart),
    nodePools: [structuredClone(DefaultNodePool)],
    behaviors: [],
    faults: [],
    timeline: [],
    latencies: { imagePullMs: 0, containerStartMs: 0, schedulingMs: 0 },
  };
  if (!doc) return cfg;
  const value = structuredClone(doc.value) as Obj;
  const object = identity('Simulation', value);
  const schema = checkSchema(value, 'Simulation', '', { exactInt: exactIntOf(doc, []) });
  for (const i of schema.issues) sink.at(doc, [], object, i.path, i.message);
  const c = new SimCtx(sink, doc, object, schema.pruned);
  const meta = isObj(value.metadata) ? value.metadata : {};
  if (isStr(meta.name) && meta.name !== '') cfg.name = meta.name;
  const spec = isObj(value.spec) ? value.spec : {};

  if (typeof spec.seed === 'number') {
    // the same seeds as --seed: a non-negative integer that a double holds exactly
    if (!Number.isSafeInteger(spec.seed) || spec.seed < 0) c.err(['spec', 'seed'], `Invalid value: ${showValue(spec.seed)}: must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}`);
    else cfg.seed = spec.seed;
  }
  if (spec.start !== undefined) {
    const s = spec.start;
    const ms = isStr(s) ? rfc3339Ms(s) : NaN;
    if (Number.isNaN(ms)) c.err(['spec', 'start'], `Invalid value: ${showValue(s)}: must be an RFC 3339 time such as ${DefaultStart}`);
    else cfg.startMs = ms;
  }
  const dur = c.duration(spec.duration, ['spec', 'duration'], { positive: true });
  if (dur !== undefined) cfg.durationMs = dur;
  // every time the run writes is RFC 3339, with a 4-digit year: the run must end within year 9999
  // (a run without a duration may last up to 10 years, until quiet)
  if (cfg.startMs + (cfg.durationMs ?? MaxRunMs) > LastRfc3339Ms) {
    const at: PathSeg[] = spec.start !== undefined || dur === undefined ? ['spec', 'start'] : ['spec', 'duration'];
    c.err(at, `Invalid value: ${showValue(at[1] === 'start' ? spec.start : spec.duration)}: the run would reach past 9999-12-31T23:59:59Z (start plus ${dur === undefined ? 'up to 10 years until quiet' : 'the duration'}), where timestamps are no longer RFC 3339`);
  }

  if (isObj(spec.latencies)) {
    const l = spec.latencies;
    cfg.latencies = {
      imagePullMs: c.duration(l.imagePull, ['spec', 'latencies', 'imagePull']) ?? 0,
      containerStartMs: c.duration(l.containerStart, ['spec', 'latencies', 'containerStart']) ?? 0,
      schedulingMs: c.duration(l.scheduling, ['spec', 'latencies', 'scheduling']) ?? 0,
    };
  }

  if (isObj(spec.cluster) && Array.isArray(spec.cluster.nodePools)) cfg.nodePools = compileNodePools(c, spec.cluster.nodePools);
  // the pools' node names (<pool>-1 .. <pool>-<count>), checked without listing them: a count may be huge
  const nodes = { has: (name: string) => cfg.nodePools.some((p) => isPoolNode(name, p.name, p.count)) };

  if (Array.isArray(spec.behaviors)) cfg.behaviors = compileBehaviors(c, spec.behaviors);
  if (Array.isArray(spec.faults)) cfg.faults = compileFaults(c, spec.faults, cfg.startMs, nodes);
  const existing = new Set(declared.keys());
  // with a Job controller outage, whether a Job has started by some instant is only known at run time
  const jobOutage = cfg.faults.some((f) => 'controllerDown' in f && f.controllerDown !== 'cronjob');
  if (Array.isArray(spec.timeline)) cfg.timeline = compileTimeline(c, spec.timeline, cfg.startMs, declared, existing, jobOutage);
  if (isObj(spec.check)) cfg.check = compileCheck(c, spec.check, existing);
  return cfg;
}

/** `at`: an offset from start, or an RFC 3339 time (made an offset). */
function compileAt(c: SimCtx, v: unknown, path: PathSeg[], startMs: number): number | undefined {
  if (v === undefined || v === null) {
    c.err(path, 'Required value');
    return undefined;
  }
  if (isStr(v) && /^\d{4}-/.test(v)) {
    const ms = rfc3339Ms(v);
    if (Number.isNaN(ms)) {
      c.err(path, `Invalid value: ${showValue(v)}: must be an offset such as 1h30m or an RFC 3339 time`);
      return undefined;
    }
    if (ms < startMs) {
      c.err(path, `Invalid value: ${showValue(v)}: must not be before spec.start`);
      return undefined;
    }
    return ms - startMs;
  }
  return c.duration(v, path);
}

function compileNodePools(c: SimCtx, pools: unknown[]): NodePoolConfig[] {
  const out: NodePoolConfig[] = [];
  const names = new Set<string>();
  let total = 0;
  pools.forEach((p, i) => {
    if (!isObj(p)) return;
    const path: PathSeg[] = ['spec', 'cluster', 'nodePools', i];
    const name = isStr(p.name) ? p.name : '';
    let ok = true;
    if (name === '') {
      c.err([...path, 'name'], 'Required value');
      ok = false;
    } else {
      for (const m of isDNS1123Label(name)) c.err([...path, 'name'], `Invalid value: ${JSON.stringify(name)}: ${m}`);
      if (names.has(name)) c.err([...path, 'name'], `Duplicate value: ${JSON.stringify(name)}`);
      names.add(name);
    }
    // a pool without a count gets the default pool's size
    const count = typeof p.count === 'number' ? p.count : DefaultNodePool.count;
    if (count < 0) c.err([...path, 'count'], `Invalid value: ${count}: must be greater than or equal to 0`);
    // a count of the wrong type (reported by the schema check) adds nothing to the total
    if (p.count === undefined || typeof p.count === 'number') total += Math.max(0, count);
    const cap = isObj(p.capacity) ? p.capacity : {};
    const capacity = { ...DefaultNodePool.capacity };
    for (const r of ['cpu', 'memory'] as const) {
      const q = cap[r];
      if (q === undefined) continue;
      if (quantityError(q as string) === null && compareQuantities(q as string, 0) <= 0) c.err([...path, 'capacity', r], `Invalid value: ${showValue(q)}: must be greater than 0`);
      else capacity[r] = String(q);
    }
    if (typeof cap.pods === 'number') {
      if (cap.pods < 0) c.err([...path, 'capacity', 'pods'], `Invalid value: ${cap.pods}: must be greater than or equal to 0`);
      else capacity.pods = cap.pods;
    }
    // extended resources (the schema let only well-formed names through): whole, non-negative units
    for (const r of Object.keys(cap)) {
      if (r === 'cpu' || r === 'memory' || r === 'pods') continue;
      const q = cap[r] as string | number;
      if (quantityError(q as string) !== null) continue;
      if (!r.startsWith('hugepages-') && !isIntegerQuantity(q)) c.err([...path, 'capacity', r], `Invalid value: ${showValue(q)}: must be an integer`);
      else if (compareQuantities(q as string, 0) < 0) c.err([...path, 'capacity', r], `Invalid value: ${showValue(q)}: must be greater than or equal to 0`);
      else (capacity.extended ??= {})[r] = canonicalQuantity(q);
    }
    c.fieldErrors(validateLabels(p.labels, 'labels'), path);
    const taints: Taint[] = [];
    /** validateNodeTaints: taints are unique by key and effect */
    const seenTaints = new Set<string>();
    (Array.isArray(p.taints) ? p.taints : []).forEach((t, j) => {
      if (!isObj(t)) return;
      const tp: PathSeg[] = [...path, 'taints', j];
      const k = isStr(t.key) ? t.key : '';
      if (k === '') c.err([...tp, 'key'], 'Required value');
      else c.fieldErrors(validateQualifiedName(k, 'key'), tp);
      if (isStr(t.value)) for (const m of isValidLabelValue(t.value)) c.err([...tp, 'value'], `Invalid value: ${JSON.stringify(t.value)}: ${m}`);
      const effects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
      if (!isStr(t.effect) || t.effect === '') c.err([...tp, 'effect'], 'Required value');
      else if (!effects.includes(t.effect)) c.err([...tp, 'effect'], `Unsupported value: ${JSON.stringify(t.effect)}: supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"`);
      const pair = `${k}\u0000${String(t.effect)}`;
      if (seenTaints.has(pair)) {
        const v = isStr(t.value) ? t.value : '';
        return void c.err(tp, `Duplicate value: core.Taint{Key:${JSON.stringify(k)}, Value:${JSON.stringify(v)}, Effect:${JSON.stringify(String(t.effect ?? ''))}, TimeAdded:<nil>}: taints must be unique by key and effect pair`);
      }
      seenTaints.add(pair);
      taints.push({ key: k, ...(isStr(t.value) ? { value: t.value } : {}), effect: t.effect as Taint['effect'] });
    });
    const pool: NodePoolConfig = { name, count: Math.max(0, count), capacity, labels: isObj(p.labels) ? { ...(p.labels as Record<string, string>) } : {}, taints };
    const mtbf = c.duration(p.mtbf, [...path, 'mtbf'], { positive: true });
    const mttr = c.duration(p.mttr, [...path, 'mttr'], { positive: true });
    if (mtbf !== undefined) pool.mtbfMs = mtbf;
    if (mttr !== undefined) pool.mttrMs = mttr;
    if (mttr !== undefined && p.mtbf === undefined) c.err([...path, 'mtbf'], 'Required value: when mttr is set');
    if (ok) out.push(pool);
  });
  if (total > MaxNodes) c.err(['spec', 'cluster', 'nodePools'], `Too many: ${total}: must have at most ${MaxNodes} nodes in all`);
  return out;
}

/** A duration distribution: `20m`, `uniform(10m,30m)`, or `{ uniform: [10m, 30m] }`, `{ lognormal: { median, p95 } }`, `{ exponential: { mean } }`. */
function compileDistribution(c: SimCtx, v: unknown, path: PathSeg[]): Distribution | undefined {
  if (v === undefined || v === null) return undefined;
  if (isStr(v) || typeof v === 'number') {
    const d = isStr(v) ? parseDistribution(v) : v === 0 ? ({ kind: 'fixed', ms: 0 } as Distribution) : null;
    if (!d) c.err(path, `Invalid value: ${showValue(v)}: ${durationHelp}, or uniform(MIN,MAX), lognormal(MEDIAN,P95), exponential(MEAN)`);
    return d ?? undefined;
  }
  if (!isObj(v)) {
    c.err(path, `Invalid value: ${showValue(v)}: must be a duration or one of { uniform }, { lognormal }, { exponential }`);
    return undefined;
  }
  const keys = Object.keys(v);
  const known = ['uniform', 'lognormal', 'exponential'];
  for (const k of keys) if (!known.includes(k)) c.err([...path, k], `strict decoding error: unknown field ${JSON.stringify(formatPath([...path, k]))}`);
  const given = keys.filter((k) => known.includes(k));
  if (given.length !== 1) {
    c.err(path, `Invalid value: ${showValue(v)}: must have exactly one of uniform, lognormal, exponential`);
    return undefined;
  }
  const k = given[0]!;
  const body = v[k];
  if (k === 'uniform') {
    if (!Array.isArray(body) || body.length !== 2) {
      c.err([...path, k], `Invalid value: ${showValue(body)}: must be [MIN, MAX]`);
      return undefined;
    }
    const a = c.duration(body[0], [...path, k, 0]);
    const b = c.duration(body[1], [...path, k, 1]);
    if (a === undefined || b === undefined) return undefined;
    if (a > b) {
      c.err([...path, k], `Invalid value: ${showValue(body)}: MIN must not be greater than MAX`);
      return undefined;
    }
    return { kind: 'uniform', minMs: a, maxMs: b };
  }
  if (!isObj(body)) {
    c.err([...path, k], `Invalid value: ${showValue(body)}: must be a mapping`);
    return undefined;
  }
  const fields = k === 'lognormal' ? ['median', 'p95'] : ['mean'];
  for (const f of Object.keys(body)) if (!fields.includes(f)) c.err([...path, k, f], `strict decoding error: unknown field ${JSON.stringify(formatPath([...path, k, f]))}`);
  for (const f of fields) if (body[f] === undefined) c.err([...path, k, f], 'Required value');
  if (k === 'exponential') {
    const mean = c.duration(body.mean, [...path, k, 'mean'], { positive: true });
    return mean === undefined ? undefined : { kind: 'exponential', meanMs: mean };
  }
  const median = c.duration(body.median, [...path, k, 'median'], { positive: true });
  const p95 = c.duration(body.p95, [...path, k, 'p95'], { positive: true });
  if (median === undefined || p95 === undefined) return undefined;
  if (p95 < median) {
    c.err([...path, k, 'p95'], `Invalid value: ${showValue(body.p95)}: must not be less than median`);
    return undefined;
  }
  return { kind: 'lognormal', medianMs: median, p95Ms: p95 };
}

const OnSigtermForm = 'must be exit, ignore or a duration (5s, 1m30s)';

function compileOverride(c: SimCtx, b: Obj, path: PathSeg[]): BehaviorOverride {
  const out: BehaviorOverride = {};
  const d = compileDistribution(c, b.duration, [...path, 'duration']);
  if (d) out.duration = d;
  if (Array.isArray(b.exitCodes)) {
    if (b.exitCodes.length === 0) c.err([...path, 'exitCodes'], 'Required value: at least one exit code');
    const codes = b.exitCodes.map((x, j) => c.intRange(x, [...path, 'exitCodes', j], 0, 255));
    if (codes.length > 0 && codes.every((x) => x !== undefined)) out.exitCodes = codes as number[];
  }
  if (typeof b.failureProbability === 'number') {
    if (!(b.failureProbability >= 0 && b.failureProbability <= 1)) c.err([...path, 'failureProbability'], `Invalid value: ${b.failureProbability}: must be between 0 and 1, inclusive`);
    else out.failureProbability = b.failureProbability;
  }
  if (b.failExitCode !== undefined) {
    const code = c.intRange(b.failExitCode, [...path, 'failExitCode'], 1, 255);
    if (code !== undefined) out.failExitCode = code;
    if (b.failureProbability === undefined) c.err([...path, 'failureProbability'], 'Required value: when failExitCode is set');
  }
  if (typeof b.onSigterm === 'string') {
    const v = parseOnSigterm(b.onSigterm);
    if (v === null) c.err([...path, 'onSigterm'], `Invalid value: ${JSON.stringify(b.onSigterm)}: ${OnSigtermForm}`);
    else out.onSigterm = v;
  }
  return out;
}

function compileBehaviors(c: SimCtx, list: unknown[]): BehaviorRule[] {
  const out: BehaviorRule[] = [];
  list.forEach((b, i) => {
    if (!isObj(b)) return;
    const path: PathSeg[] = ['spec', 'behaviors', i];
    const selector = (isObj(b.selector) ? b.selector : {}) as LabelSelector;
    c.fieldErrors(validateLabelSelector(selector, 'selector'), path);
    const rule: BehaviorRule = { selector, ...compileOverride(c, b, path) };
    if (isObj(b.perIndex)) {
      const per: Record<number, BehaviorOverride> = {};
      for (const [k, o] of Object.entries(b.perIndex)) {
        const kp: PathSeg[] = [...path, 'perIndex', mapKey(k)];
        if (!/^\d+$/.test(k)) c.err(kp, `Invalid value: ${JSON.stringify(k)}: must be a completion index (0, 1, 2, ...)`);
        else if (isObj(o)) per[Number(k)] = compileOverride(c, o, kp);
      }
      rule.perIndex = per;
    }
    out.push(rule);
  });
  return out;
}

/** Whether `name` is `<pool>-<i>` with 1 <= i <= count (no leading zeros), as the nodes of a pool are named. */
function isPoolNode(name: string, pool: string, count: number): boolean {
  if (!name.startsWith(`${pool}-`)) return false;
  const rest = name.slice(pool.length + 1);
  if (!/^[1-9][0-9]*$/.test(rest)) return false;
  const i = Number(rest);
  return i <= count;
}

function compileFaults(c: SimCtx, list: unknown[], startMs: number, nodes: { has(name: string): boolean }): Fault[] {
  const out: Fault[] = [];
  const actions = ['nodeDown', 'controllerDown', 'deleteNode', 'evictPod', 'cordonNode', 'drainNode'];
  list.forEach((f, i) => {
    if (!isObj(f)) return;
    const path: PathSeg[] = ['spec', 'faults', i];
    const atMs = compileAt(c, f.at, [...path, 'at'], startMs);
    // an action whose value had the wrong type (reported, and taken out) still counts as given
    const given = actions.filter((a) => f[a] !== undefined || c.isPruned([...path, a]));
    if (given.length !== 1) {
      c.err(path, `Invalid value: "object": must have exactly one of ${actions.join(', ')}`);
      return;
    }
    const a = given[0]!;
    if (f[a] === undefined) return;
    const forMs = c.duration(f.for, [...path, 'for'], { positive: true });
    const node = (v: unknown, p: PathSeg[]): string | undefined => {
      if (!isStr(v) || v === '') return void c.err(p, 'Required value');
      if (!nodes.has(v)) return void c.err(p, `nodes ${JSON.stringify(v)} not found`);
      return v;
    };
    if ((a === 'deleteNode' || a === 'evictPod') && f.for !== undefined) c.err([...path, 'for'], `Forbidden: may not be set with ${a}`);
    if (a === 'nodeDown') {
      const n = node(f.nodeDown, [...path, 'nodeDown']);
      if (n !== undefined && atMs !== undefined) out.push(forMs !== undefined ? { atMs, nodeDown: n, forMs } : { atMs, nodeDown: n });
    } else if (a === 'deleteNode') {
      const n = node(f.deleteNode, [...path, 'deleteNode']);
      if (n !== undefined && atMs !== undefined) out.push({ atMs, deleteNode: n });
    } else if (a === 'cordonNode' || a === 'drainNode') {
      const n = node(f[a], [...path, a]);
      if (n !== undefined && atMs !== undefined) {
        const base = a === 'cordonNode' ? { atMs, cordonNode: n } : { atMs, drainNode: n };
        out.push(forMs !== undefined ? { ...base, forMs } : base);
      }
    } else if (a === 'controllerDown') {
      const which = f.controllerDown;
      const ok = which === 'job' || which === 'cronjob' || which === 'all';
      if (!ok) c.err([...path, 'controllerDown'], `Unsupported value: ${showValue(which)}: supported values: "job", "cronjob", "all"`);
      if (f.for === undefined) c.err([...path, 'for'], 'Required value: how long the controller is down');
      if (ok && forMs !== undefined && atMs !== undefined) out.push({ atMs, controllerDown: which, forMs });
    } else {
      const ref = f.evictPod;
      const parts = isStr(ref) ? ref.split('/') : [];
      const [ns, name] = parts.length === 2 ? [parts[0]!, parts[1]!] : ['default', parts[0] ?? ''];
      const p: PathSeg[] = [...path, 'evictPod'];
      if (!isStr(ref) || parts.length > 2 || name === '') c.err(p, `Invalid value: ${showValue(ref)}: must be NAMESPACE/NAME or NAME`);
      else {
        const errs = [...isDNS1123Label(ns).map((m) => `namespace ${m}`), ...isDNS1123Subdomain(name).map((m) => `name ${m}`)];
        for (const m of errs) c.err(p, `Invalid value: ${JSON.stringify(ref)}: ${m}`);
        if (errs.length === 0 && atMs !== undefined) out.push({ atMs, evictPod: { namespace: ns, name } });
      }
    }
  });
  return out;
}

function compileCheck(c: SimCtx, chk: Obj, existing: Set<string>): CheckConfig {
  const out: CheckConfig = { faults: {}, properties: [] };
  const path: PathSeg[] = ['spec', 'check'];
  if (typeof chk.runs === 'number') {
    const r = c.intRange(chk.runs, [...path, 'runs'], 1, MaxCheckRuns);
    if (r !== undefined) out.runs = r;
  }
  for (const kind of ['nodeDown', 'drainNode'] as const) {
    const nd = isObj(chk.faults) && isObj(chk.faults[kind]) ? chk.faults[kind] : undefined;
    if (!nd) continue;
    const np: PathSeg[] = [...path, 'faults', kind];
    const max = typeof nd.max === 'number' ? c.intRange(nd.max, [...np, 'max'], 0, MaxNodes) : (c.err([...np, 'max'], 'Required value'), undefined);
    let range: [number, number] | undefined;
    if (!Array.isArray(nd.for) || nd.for.length !== 2) c.err([...np, 'for'], `${nd.for === undefined ? 'Required value' : `Invalid value: ${showValue(nd.for)}`}: must be [MIN, MAX] durations, e.g. [1m, 30m]`);
    else {
      const a = c.duration(nd.for[0], [...np, 'for', 0], { positive: true });
      const b = c.duration(nd.for[1], [...np, 'for', 1], { positive: true });
      if (a !== undefined && b !== undefined) {
        if (a > b) c.err([...np, 'for'], `Invalid value: ${showValue(nd.for)}: MIN must not be greater than MAX`);
        else range = [a, b];
      }
    }
    if (max !== undefined && range) out.faults[kind] = { max, forMinMs: range[0], forMaxMs: range[1] };
  }
  (Array.isArray(chk.properties) ? chk.properties : []).forEach((p, i) => {
    if (!isObj(p)) return;
    const pp: PathSeg[] = [...path, 'properties', i];
    const ns = isStr(p.namespace) && p.namespace !== '' ? p.namespace : 'default';
    const prop: CheckProperty = { namespace: ns };
    const hasJob = isStr(p.job) && p.job !== '';
    const hasCron = isStr(p.cronJob) && p.cronJob !== '';
    if (hasJob === hasCron) c.err(pp, `${hasJob ? 'Invalid value: "object"' : 'Required value'}: exactly one of job or cronJob`);
    if (hasJob) {
      prop.job = p.job as string;
      if (!existing.has(objectKey('Job', ns, prop.job))) c.err([...pp, 'job'], `jobs.batch ${JSON.stringify(prop.job)} not found`);
    }
    if (hasCron) {
      prop.cronJob = p.cronJob as string;
      if (!existing.has(objectKey('CronJob', ns, prop.cronJob))) c.err([...pp, 'cronJob'], `cronjobs.batch ${JSON.stringify(prop.cronJob)} not found`);
    }
    if (typeof p.maxFailed === 'number') {
      if (p.maxFailed < 0) c.err([...pp, 'maxFailed'], `Invalid value: ${p.maxFailed}: must be greater than or equal to 0`);
      else if (hasCron && !hasJob) c.err([...pp, 'maxFailed'], `Invalid value: ${p.maxFailed}: applies to a job only`);
      else prop.maxFailed = p.maxFailed;
    }
    const within = c.duration(p.completesWithin, [...pp, 'completesWithin'], { positive: true });
    if (within !== undefined && hasCron && !hasJob) c.err([...pp, 'completesWithin'], `Invalid value: ${showValue(p.completesWithin)}: applies to a job only`);
    else if (within !== undefined) prop.completesWithinMs = within;
    if (typeof p.noMissedSlot === 'boolean') {
      if (!hasCron) c.err([...pp, 'noMissedSlot'], `Invalid value: ${p.noMissedSlot}: applies to a cronJob only`);
      prop.noMissedSlot = p.noMissedSlot;
    }
    const late = c.duration(p.maxLateness, [...pp, 'maxLateness']);
    if (late !== undefined) {
      if (!hasCron) c.err([...pp, 'maxLateness'], `Invalid value: ${showValue(p.maxLateness)}: applies to a cronJob only`);
      prop.maxLatenessMs = late;
    }
    // on the fields as written: one that is set but invalid has its own line already
    if (p.maxFailed === undefined && p.completesWithin === undefined && p.noMissedSlot === undefined && p.maxLateness === undefined) {
      c.err(pp, 'Required value: at least one of maxFailed, completesWithin, noMissedSlot, maxLateness');
    }
    out.properties.push(prop);
  });
  return out;
}

/** A Job with ttlSecondsAfterFinished may be deleted by the TTL controller before a later entry. */
function mayBeGoneByItself(l: Live): boolean {
  return l.kind === 'Job' && (l.obj as Job).spec.ttlSecondsAfterFinished !== undefined;
}

/** The state of one declared object while the timeline is replayed in time order. */
interface Live {
  kind: 'Job' | 'CronJob' | 'PriorityClass';
  obj: Job | CronJob | PriorityClass;
  /**
   * Since when the Job is unsuspended (undefined while suspended). Its controller gives it a
   * status.startTime in its first sync, so an entry later than that knows it started; at that very
   * instant (the timeline acts before the controllers), with a Job controller outage or another
   * manager it is unknown, and the run checks the patch against the Job's status when the time comes.
   */
  unsuspendedSinceMs?: number;
  /** the Job surely has a status.startTime */
  started: boolean;
  /** deleted while finalizers held it: it stays (with a deletionTimestamp) until they are gone */
  deleting?: boolean;
}

function refOf(c: SimCtx, v: Obj, path: PathSeg[]): ObjectRef | undefined {
  const kind = v.kind;
  let ok = true;
  if (kind !== 'Job' && kind !== 'CronJob') {
    c.err([...path, 'kind'], kind === undefined ? 'Required value: Job or CronJob' : `Unsupported value: ${showValue(kind)}: supported values: "Job", "CronJob"`);
    ok = false;
  }
  if (v.apiVersion !== undefined && v.apiVersion !== 'batch/v1') {
    c.err([...path, 'apiVersion'], `Unsupported value: ${showValue(v.apiVersion)}: supported values: "batch/v1"`);
    ok = false;
  }
  if (!isStr(v.name) || v.name === '') {
    c.err([...path, 'name'], 'Required value');
    ok = false;
  }
  if (v.namespace !== undefined && !isStr(v.namespace)) ok = false;
  if (!ok) return undefined;
  return { kind: kind as 'Job' | 'CronJob', name: v.name as string, namespace: isStr(v.namespace) && v.namespace !== '' ? v.namespace : 'default' };
}

function compileTimeline(c: SimCtx, list: unknown[], startMs: number, declared: Map<string, Declared>, existing: Set<string>, jobOutage: boolean): TimelineAction[] {
  const live = new Map<string, Live>();
  const unsuspended = (kind: string, obj: unknown, atMs: number) => (kind === 'Job' && (obj as Job).spec.suspend !== true ? atMs : undefined);
  // a Job is checked against what the store keeps: its generated selector and labels included
  const stored = (kind: string, obj: Job | CronJob | PriorityClass) => {
    // a uid written on a create is the store's own by then (unknown here): the loader keeps none
    const out = kind === 'Job' ? withGeneratedSelector(obj as Job, refusedJobUid(obj.metadata?.namespace, obj.metadata?.name ?? '')) : obj;
    if (out.metadata?.uid === undefined) return out;
    const metadata: Obj = { ...out.metadata };
    delete metadata.uid;
    return { ...out, metadata } as unknown as typeof out;
  };
  for (const [k, d] of declared) live.set(k, { kind: d.kind, obj: stored(d.kind, d.obj), unsuspendedSinceMs: unsuspended(d.kind, d.obj, 0), started: false });
  const surelyStarted = (l: Live, atMs: number) => {
    const byJobController = l.kind === 'Job' && [undefined, 'kubernetes.io/job-controller'].includes((l.obj as Job).spec.managedBy);
    if (!jobOutage && byJobController && l.unsuspendedSinceMs !== undefined && atMs > l.unsuspendedSinceMs) l.started = true;
    return l.started;
  };
  // entries are replayed in time order (document order at the same instant), as the run applies them
  const entries: { i: number; atMs: number; v: Obj }[] = [];
  list.forEach((v, i) => {
    if (!isObj(v)) return;
    const atMs = compileAt(c, v.at, ['spec', 'timeline', i, 'at'], startMs);
    entries.push({ i, atMs: atMs ?? -1, v });
  });
  entries.sort((a, b) => a.atMs - b.atMs || a.i - b.i);
  const out: TimelineAction[] = [];
  const unplaced: { ap: PathSeg[]; ref: NonNullable<ReturnType<typeof refOf>>; a: string }[] = [];
  for (const { i, atMs, v } of entries) {
    // an entry whose time is invalid (reported) has no place in the replay: its own shape is
    // checked, but it neither finds nor changes the objects, so it causes no errors elsewhere
    const placed = atMs >= 0;
    const path: PathSeg[] = ['spec', 'timeline', i];
    const actions = ['patch', 'delete', 'create'].filter((a) => v[a] !== undefined && v[a] !== null);
    if (actions.length !== 1) {
      c.err(path, `Invalid value: "object": must have exactly one of patch, delete, create`);
      continue;
    }
    const a = actions[0]!;
    const body = v[a];
    if (!isObj(body)) continue; // the schema check reported it
    const ap: PathSeg[] = [...path, a];
    if (a === 'create') {
      const kind = body.kind;
      if ((kind !== 'Job' && kind !== 'CronJob') || body.apiVersion !== 'batch/v1') {
        c.err([...ap, 'kind'], `no matches for kind ${JSON.stringify(kind ?? '')} in version ${JSON.stringify(body.apiVersion ?? '')}; a timeline may create batch/v1 Job and CronJob`);
        continue;
      }
      const obj = decodeObject(c.sink, c.doc, ap, kind, body) as Job | CronJob | undefined;
      if (!obj || !isStr(obj.metadata?.name) || obj.metadata.name === '') continue;
      const key = objectKey(kind, obj.metadata.namespace, obj.metadata.name);
      if (!placed) continue;
      const held = live.get(key);
      if (held && !mayBeGoneByItself(held)) {
        c.err([...ap, 'metadata', 'name'], `${qualifiedResource(kind)} ${JSON.stringify(obj.metadata.name)} already exists`);
        continue;
      }
      // (a Job the TTL controller may have deleted by then is looked up when the time comes)
      live.set(key, { kind, obj: stored(kind, obj), unsuspendedSinceMs: unsuspended(kind, obj, atMs), started: false });
      existing.add(key);
      if (atMs >= 0) out.push({ atMs, create: obj });
      continue;
    }
    const ref = refOf(c, body, ap);
    if (!ref) continue;
    if (!placed) {
      unplaced.push({ ap, ref, a });
      continue;
    }
    const key = objectKey(ref.kind, ref.namespace, ref.name);
    const cur = live.get(key);
    if (!cur && a === 'delete' && ref.kind === 'Job' && cronJobChildName(ref.name, ref.namespace, live)) {
      // a Job a CronJob creates while it runs (<cronjob>-<minutes>): looked up when the time comes
      if (atMs >= 0) out.push({ atMs, delete: ref });
      continue;
    }
    if (!cur) {
      c.err([...ap, 'name'], `${qualifiedResource(ref.kind)} ${JSON.stringify(ref.name)} not found${existing.has(key) ? ' (deleted earlier in the timeline)' : ''}`);
      continue;
    }
    if (a === 'delete') {
      // an object with finalizers only gets its deletionTimestamp: it can still be patched and
      // deleted again (a Job's own pods do not hold it: background propagation)
      // kubectl's explicit background policy takes off the garbage collector's own finalizers
      // (deletionFinalizersForGarbageCollection): only the others keep it
      const kept = (cur.obj.metadata.finalizers ?? []).filter((f) => f !== 'orphan' && f !== 'foregroundDeletion');
      if (kept.length > 0) {
        cur.deleting = true;
        cur.obj.metadata.finalizers = kept;
      } else live.delete(key);
      if (atMs >= 0) out.push({ atMs, delete: ref });
      continue;
    }
    // patch: the fields besides the reference are a JSON merge patch of the object
    const patch: Obj = {};
    for (const [k, x] of Object.entries(body)) if (!['apiVersion', 'kind', 'name', 'namespace'].includes(k)) patch[k] = structuredClone(x);
    const object = `${ref.kind} ${ref.namespace}/${ref.name}`;
    const schema = checkSchema(patch, `${ref.kind}Patch`, '', { keepNulls: true, exactInt: exactIntOf(c.doc, ap) });
    for (const s of schema.issues) c.sink.at(c.doc, ap, object, s.path, s.message);
    // the main resource's PrepareForUpdate keeps the old status: a status change is dropped (kubectl
    // says "patched (no change)")
    const touchedStatus = Object.hasOwn(patch, 'status');
    delete patch['status'];
    if (Object.keys(patch).length === 0) {
      if (!touchedStatus) c.err(ap, 'Required value: the fields to change (e.g. spec: { suspend: true })');
      continue;
    }
    // the patch handler's checkName, before any validation
    const meta = patch['metadata'];
    if (isObj(meta) && meta['name'] !== undefined && meta['name'] !== ref.name) {
      c.sink.at(c.doc, ap, object, 'metadata.name', `the name of the object (${String(meta['name'])}) does not match the name on the URL (${ref.name})`);
      continue;
    }
    // BeforeUpdate's namespace check (ValidNamespace), before any validation: an empty or removed
    // namespace is the request's; another one is refused
    if (isObj(meta) && Object.hasOwn(meta, 'namespace') && meta['namespace'] !== null && meta['namespace'] !== '' && meta['namespace'] !== ref.namespace) {
      c.sink.at(c.doc, ap, object, 'metadata.namespace', 'the namespace of the provided object does not match the namespace sent on the request');
      continue;
    }
    // the API server patches the stored (defaulted) object, decodes it (defaults again), validates
    const merged = mergePatch(cur.obj, patch) as Obj;
    if (isObj(merged['metadata'])) (merged['metadata'] as Obj)['namespace'] = ref.namespace;
    const next = applyDefaults(ref.kind, merged) as Job | CronJob;
    next.metadata = metadataBeforeUpdate(next.metadata, cur.obj.metadata);
    // the store draws the uids when the run starts: a uid it could have drawn is checked then, any
    // other one differs for sure (ValidateObjectMetaUpdate: immutable); the loader keeps none
    if (isStr(next.metadata.uid) && couldBeStoreUid(next.metadata.uid)) delete (next.metadata as { uid?: string }).uid;
    // so is the deletion of an object deleted earlier in the timeline: its timestamp is the run's
    if (cur.deleting) {
      delete (next.metadata as { deletionTimestamp?: string }).deletionTimestamp;
      delete (next.metadata as { deletionGracePeriodSeconds?: number }).deletionGracePeriodSeconds;
    }
    let errs: FieldError[];
    // jobStrategy.ValidateUpdate: ValidateJob and ValidateJobUpdate, on the object as stored (with
    // the selector and labels generated at its creation)
    if (ref.kind === 'Job') {
      // validationOptionsForJob: RequirePrefixedLabels only if the old template had both such labels
      const old = (cur.obj as Job).spec?.template?.metadata?.labels ?? {};
      const requirePrefixedLabels = Object.hasOwn(old, 'batch.kubernetes.io/job-name') && Object.hasOwn(old, 'batch.kubernetes.io/controller-uid');
      errs = [...validateObject('Job', next, 'update', { requirePrefixedLabels }), ...validateJobUpdate(cur.obj as Job, next as Job, { startedBefore: surelyStarted(cur, atMs) })];
    } else {
      // update rules, not create rules: TZ in an old schedule stays allowed, no 52-character limit
      const cj = next as CronJob;
      errs = [...validateCronJobUpdate(cur.obj as CronJob, cj), ...validateWorkloadAnnotations(cj.spec?.jobTemplate?.spec?.template, 'spec.jobTemplate.spec.template')];
    }
    // ValidateObjectMetaUpdate: an object being deleted may lose finalizers, not gain them
    if (cur.deleting) errs.push(...validateNoNewFinalizers(next.metadata, cur.obj.metadata));
    const found = dedupe(errs);
    c.sink.fieldErrors(c.doc, ap, object, found, schema.pruned);
    // a refused patch leaves the object as it was (later patches are checked against that)
    if (found.length > 0) continue;
    // WarningsOnUpdate: an update that changes the spec (bumps the generation) is warned about as a create is
    if (!semanticEqual((cur.obj as Job | CronJob).spec, (next as Job | CronJob).spec)) {
      for (const w of specWarnings(ref.kind, next)) {
        const p = c.doc.posOf(ap);
        c.sink.warnings.push({ file: c.doc.file, ...(p ? { line: p.line, col: p.col } : {}), object, path: w.path, message: w.message });
      }
    }
    cur.obj = next;
    if (ref.kind === 'Job') cur.unsuspendedSinceMs = (next as Job).spec.suspend !== true ? (cur.unsuspendedSinceMs ?? atMs) : undefined;
    if (atMs >= 0) out.push({ atMs, patch: { ...ref, body: patch } });
    // the last finalizer of an object being deleted is gone: the object goes with it
    if (cur.deleting && (next.metadata.finalizers?.length ?? 0) === 0) live.delete(key);
  }
  // an entry without a valid time still names an object that must exist at some time (declared
  // or created by the timeline); a CronJob's Job is looked up when the time comes
  for (const { ap, ref, a } of unplaced) {
    const key = objectKey(ref.kind, ref.namespace, ref.name);
    if (existing.has(key) || (a === 'delete' && ref.kind === 'Job')) continue;
    c.err([...ap, 'name'], `${qualifiedResource(ref.kind)} ${JSON.stringify(ref.name)} not found`);
  }
  return out;
}
