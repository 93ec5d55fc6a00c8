// Pod classification and the small pure decisions of manageJob, following upstream
// pkg/controller/job/job_controller.go, indexed_job_utils.go and pkg/controller/controller_utils.go.
//
// This is the base module of the Job controller's helpers: it also owns the readers of the
// per-pod annotations (completion index, index failure counts), which indexes.ts re-exports,
// so that backoff.ts and indexes.ts can build on it without import cycles.

import { parseTime } from '../../core/time.ts';
import type { Condition, Job, Pod } from '../../api/types.ts';
import {
  JobCompletionIndexAnnotation,
  JobIndexFailureCountAnnotation,
  JobIndexIgnoredFailureCountAnnotation,
  JobTrackingFinalizer,
} from '../../api/types.ts';

// ---- value parsing ----

const Int64Min = -(2n ** 63n);
const Int64Max = 2n ** 63n - 1n;
const MaxInt32 = 2 ** 31 - 1;

/** strconv.Atoi: optional sign and decimal digits only, within int64; null on error. */
export function parseGoInt(s: string): number | null {
  if (!/^[+-]?[0-9]+$/.test(s)) return null;
  const b = BigInt(s);
  if (b < Int64Min || b > Int64Max) return null;
  return Number(b);
}

/** Epoch ms of an RFC 3339 timestamp; null for a missing or unparsable one (Go's zero time). */
export function timeMs(s: string | undefined): number | null {
  if (s === undefined || s === '') return null;
  const ms = parseTime(s);
  return Number.isNaN(ms) ? null : ms;
}

// ---- per-pod annotations (indexed_job_utils.go) ----

/**
 * getCompletionIndex: the `batch.kubernetes.io/job-completion-index` annotation; missing,
 * non-integer or negative ⇒ null (upstream's unknownCompletionIndex).
 * Deliberate difference: when the annotation is absent the label of the same name is read
 * (upstream reads the annotation only; the controller always writes both).
 */
export function getCompletionIndex(pod: Pod): number | null {
  const ann = pod.metadata.annotations?.[JobCompletionIndexAnnotation];
  const v = ann ?? pod.metadata.labels?.[JobCompletionIndexAnnotation];
  if (v === undefined) return null;
  const i = parseGoInt(v);
  return i === null || i < 0 ? null : i;
}

/** parseInt32: bad, negative or larger-than-MaxInt32 values read as 0. */
function parseInt32Annotation(pod: Pod, key: string): number {
  const v = pod.metadata.annotations?.[key];
  if (v === undefined) return 0;
  const i = parseGoInt(v);
  return i === null || i < 0 || i > MaxInt32 ? 0 : i;
}

/** getIndexFailureCount: `batch.kubernetes.io/job-index-failure-count`, 0 when absent or bad. */
export function getIndexFailureCount(pod: Pod): number {
  return parseInt32Annotation(pod, JobIndexFailureCountAnnotation);
}

/** parseIndexFailureIgnoreCountAnnotation: `…/job-index-ignored-failure-count`, 0 when absent or bad. */
export function getIndexIgnoredFailureCount(pod: Pod): number {
  return parseInt32Annotation(pod, JobIndexIgnoredFailureCountAnnotation);
}

/** getIndexAbsoluteFailureCount: counted plus ignored failures of the index so far. */
export function getIndexAbsoluteFailureCount(pod: Pod): number {
  return getIndexFailureCount(pod) + getIndexIgnoredFailureCount(pod);
}

// ---- classification (reference §2.1) ----

function isPodTerminal(pod: Pod): boolean {
  return pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
}

/** hasJobTrackingFinalizer. */
export function hasJobTrackingFinalizer(pod: Pod): boolean {
  return pod.metadata.finalizers?.includes(JobTrackingFinalizer) ?? false;
}

/** controller.IsPodActive: not Succeeded/Failed and not being deleted. */
export function isPodActive(pod: Pod): boolean {
  return !isPodTerminal(pod) && pod.metadata.deletionTimestamp === undefined;
}

/** controller.IsPodTerminating: not Succeeded/Failed but being deleted. */
export function isPodTerminating(pod: Pod): boolean {
  return !isPodTerminal(pod) && pod.metadata.deletionTimestamp !== undefined;
}

function podReadyCondition(pod: Pod): Condition | undefined {
  const conds = pod.status.conditions;
  if (conds) for (let i = 0; i < conds.length; i++) if (conds[i]!.type === 'Ready') return conds[i];
  return undefined;
}

/**
 * podutil.IsPodReady: the (first) Ready condition is True. It does not look at the phase or
 * deletion; the controller counts `ready` over active pods only (countReadyPods).
 */
export function isPodReady(pod: Pod): boolean {
  return podReadyCondition(pod)?.status === 'True';
}

/** countReadyPods: pass the active pods. */
export function countReadyPods(pods: readonly Pod[]): number {
  let n = 0;
  for (const p of pods) if (isPodReady(p)) n++;
  return n;
}

/**
 * onlyReplaceFailedPods: podReplacementPolicy Failed, or any podFailurePolicy (which forces
 * Failed). With the policy unset and no podFailurePolicy the behaviour is TerminatingOrFailed.
 */
export function onlyReplaceFailedPods(job: Job): boolean {
  return job.spec.podReplacementPolicy === 'Failed' || job.spec.podFailurePolicy !== undefined;
}

/**
 * isPodFailed: phase Failed; or, unless only failed pods are replaced, a pod being deleted
 * that did not succeed (a deleted pod counts as failed at once under TerminatingOrFailed).
 */
export function isPodFailed(pod: Pod, job: Job): boolean {
  if (pod.status.phase === 'Failed') return true;
  if (onlyReplaceFailedPods(job)) return false;
  return pod.metadata.deletionTimestamp !== undefined && pod.status.phase !== 'Succeeded';
}

// ---- deletion order (controller.ActivePods) ----

const phaseOrdinal: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/** podReadyTime: lastTransitionTime of a True Ready condition; null (zero) otherwise. */
function podReadyTimeMs(pod: Pod): number | null {
  if (!isPodReady(pod)) return null;
  for (const c of pod.status.conditions ?? []) {
    if (c.type === 'Ready' && c.status === 'True') return timeMs(c.lastTransitionTime);
  }
  return null;
}

/** maxContainerRestarts: the highest restartCount among the regular containers. */
function maxContainerRestarts(pod: Pod): number {
  let m = 0;
  for (const c of pod.status.containerStatuses ?? []) m = Math.max(m, c.restartCount);
  return m;
}

/** afterOrZero as a comparison: zero (null) first, then the later time first. */
function compareAfterOrZero(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a > b ? -1 : 1;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * controller.ActivePods Less as a comparator, least valuable (deleted first) first:
 * unassigned < assigned; Pending < Unknown < Running; not ready < ready; ready for less time
 * < longer (Ready lastTransitionTime; zero first); more restarts first; zero creationTimestamp,
 * then newer, first. Deliberate addition: ties broken by name, then uid, so the order is total.
 */
export function activePodsDeletionOrder(a: Pod, b: Pod): number {
  const aUnassigned = !a.spec.nodeName;
  const bUnassigned = !b.spec.nodeName;
  if (aUnassigned !== bUnassigned) return aUnassigned ? -1 : 1;
  const pa = phaseOrdinal[a.status.phase] ?? 0;
  const pb = phaseOrdinal[b.status.phase] ?? 0;
  if (pa !== pb) return pa - pb;
  const ra = isPodReady(a);
  const rb = isPodReady(b);
  if (ra !== rb) return ra ? 1 : -1;
  if (ra && rb) {
    const c = compareAfterOrZero(podReadyTimeMs(a), podReadyTimeMs(b));
    if (c !== 0) return c;
  }
  const ca = maxContainerRestarts(a);
  const cb = maxContainerRestarts(b);
  if (ca !== cb) return cb - ca;
  const c = compareAfterOrZero(timeMs(a.metadata.creationTimestamp), timeMs(b.metadata.creationTimestamp));
  if (c !== 0) return c;
  return compareStrings(a.metadata.name, b.metadata.name) || compareStrings(a.metadata.uid, b.metadata.uid);
}

/**
 * appendDuplicatedIndexPodsForRemoval (Indexed jobs): every active pod without a valid index or
 * with index ≥ completions, and all but the most valuable pod of each repeated index, in
 * ascending index order (no index first), each group in deletion order. Returns [rm, left].
 */
function duplicatedIndexPodsForRemoval(pods: readonly Pod[], completions: number): [Pod[], Pod[]] {
  const keyed = pods.map((p) => ({ p, ix: getCompletionIndex(p) ?? -1 }));
  keyed.sort((x, y) => x.ix - y.ix || activePodsDeletionOrder(x.p, y.p));
  const rm: Pod[] = [];
  const left: Pod[] = [];
  let i = 0;
  while (i < keyed.length) {
    const ix = keyed[i]!.ix;
    let j = i;
    while (j < keyed.length && keyed[j]!.ix === ix) j++;
    const group = keyed.slice(i, j).map((k) => k.p);
    if (ix < 0 || ix >= completions) rm.push(...group);
    else {
      rm.push(...group.slice(0, -1));
      left.push(group[group.length - 1]!);
    }
    i = j;
  }
  return [rm, left];
}

/**
 * activePodsForRemoval (reference §2.6 step 3): for Indexed jobs first the pods of
 * duplicatedIndexPodsForRemoval; then, while fewer than rmAtLeast, the remaining pods in
 * activePodsDeletionOrder. Not capped: the caller applies MaxPodCreateDeletePerSync.
 */
export function activePodsForRemoval(job: Job, activePods: readonly Pod[], rmAtLeast: number): Pod[] {
  let rm: Pod[] = [];
  let left: Pod[];
  if (rmAtLeast <= 0 && job.spec.completionMode !== 'Indexed') return rm;
  if (job.spec.completionMode === 'Indexed') [rm, left] = duplicatedIndexPodsForRemoval(activePods, job.spec.completions ?? 0);
  else left = activePods.slice();
  if (rm.length < rmAtLeast) {
    left.sort(activePodsDeletionOrder);
    rm = rm.concat(left.slice(0, rmAtLeast - rm.length));
  }
  return rm;
}

// ---- manageJob arithmetic ----

/**
 * pastBackoffLimitOnFailure (restartPolicy OnFailure only): the sum of restartCount of init and
 * regular containers of Pending/Running pods; trips at `sum > 0` when backoffLimit is 0, else
 * at `sum >= backoffLimit` (note `>=`, unlike the `>` used for failed pods).
 */
export function pastBackoffLimitOnFailure(job: Job, pods: readonly Pod[]): boolean {
  if (job.spec.template.spec.restartPolicy !== 'OnFailure') return false;
  let sum = 0;
  for (const p of pods) {
    if (p.status.phase !== 'Running' && p.status.phase !== 'Pending') continue;
    for (const c of p.status.initContainerStatuses ?? []) sum += c.restartCount;
    for (const c of p.status.containerStatuses ?? []) sum += c.restartCount;
  }
  const limit = job.spec.backoffLimit ?? 6;
  return limit === 0 ? sum > 0 : sum >= limit;
}

/** controller.SlowStartInitialBatchSize. */
export const SlowStartInitialBatchSize = 1;

/** manageJob's creation batches: 1, 2, 4, … doubling, the last one the remainder. */
export function slowStartBatches(diff: number): number[] {
  const out: number[] = [];
  let remaining = Math.max(0, Math.floor(diff));
  let size = Math.min(remaining, SlowStartInitialBatchSize);
  while (remaining > 0) {
    out.push(size);
    remaining -= size;
    size = Math.min(2 * size, remaining);
  }
  return out;
}

/**
 * manageJob's wantActive (reference §2.6 step 2): completions nil ⇒ `succeeded > 0 ? active :
 * parallelism`; else `clamp(completions - succeeded, 0, parallelism)`. For Indexed jobs pass the
 * number of succeeded indexes.
 */
export function wantActivePods(job: Job, active: number, succeeded: number): number {
  const parallelism = job.spec.parallelism ?? 1;
  const completions = job.spec.completions;
  if (completions === undefined) return succeeded > 0 ? active : parallelism;
  return Math.max(0, Math.min(completions - succeeded, parallelism));
}

// ---- Job conditions ----

/** findConditionByType + status True: the first condition of that type is True. */
export function hasCondition(job: Job, type: string): boolean {
  return job.status.conditions?.find((c) => c.type === type)?.status === 'True';
}

/** newCondition: lastProbeTime = lastTransitionTime = now. */
export function newCondition(type: string, reason: string, message: string, nowIso: string, status: Condition['status'] = 'True'): Condition {
  return { type, status, lastProbeTime: nowIso, lastTransitionTime: nowIso, reason, message };
}

/**
 * ensureJobConditionStatus: if a condition of the type exists and differs in status, reason or
 * message it is replaced in place by a new one (both times = now); if none exists it is appended,
 * unless the status is False (nothing → False is meaningless). Returns a new array; the input is
 * not modified.
 */
export function ensureJobConditionStatus(
  conditions: readonly Condition[] | undefined,
  type: string,
  status: Condition['status'],
  reason: string,
  message: string,
  nowIso: string,
): { conditions: Condition[]; changed: boolean } {
  const list = (conditions ?? []).slice();
  const i = list.findIndex((c) => c.type === type);
  if (i >= 0) {
    const c = list[i]!;
    if (c.status !== status || (c.reason ?? '') !== reason || (c.message ?? '') !== message) {
      list[i] = newCondition(type, reason, message, nowIso, status);
      return { conditions: list, changed: true };
    }
    return { conditions: list, changed: false };
  }
  if (status !== 'False') {
    list.push(newCondition(type, reason, message, nowIso, status));
    return { conditions: list, changed: true };
  }
  return { conditions: list, changed: false };
}
