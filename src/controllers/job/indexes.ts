// Completion indexes of Indexed Jobs, following upstream pkg/controller/job/indexed_job_utils.go
// (reference §6, §12, §14). Index sets are sorted arrays of distinct integers here; upstream
// keeps them as ordered intervals, which only the string form below exposes.

import type { Job, Pod } from '../../api/types.ts';
import { JobIndexFailureCountAnnotation, JobIndexIgnoredFailureCountAnnotation } from '../../api/types.ts';
import { getFinishTimeMs } from './backoff.ts';
import { matchPodFailurePolicy } from './failurepolicy.ts';
import {
  getCompletionIndex,
  getIndexAbsoluteFailureCount,
  getIndexFailureCount,
  getIndexIgnoredFailureCount,
  hasJobTrackingFinalizer,
  isPodFailed,
  isPodTerminating,
  onlyReplaceFailedPods,
  parseGoInt,
} from './pods.ts';

// The per-pod annotation readers live in pods.ts (the base module) and are re-exported here.
export { getCompletionIndex, getIndexAbsoluteFailureCount, getIndexFailureCount, getIndexIgnoredFailureCount };

/** names.MaxGeneratedNameLength (63 minus the 5-character random suffix). */
export const MaxGeneratedNameLength = 58;

// ---- interval strings (§14) ----

/**
 * orderedIntervals.String: ascending, comma-separated; a run of three or more is `first-last`, a
 * run of two is `a,b` (`{2,4,5,7,8,9}` → `"2,4,5,7-9"`). The input is sorted and deduplicated
 * first, so any list of integers is accepted.
 */
export function formatIntervals(sortedUnique: readonly number[]): string {
  const xs = isStrictlyAscending(sortedUnique) ? sortedUnique : [...new Set(sortedUnique)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < xs.length) {
    const first = xs[i]!;
    let j = i;
    while (j + 1 < xs.length && xs[j + 1] === xs[j]! + 1) j++;
    const last = xs[j]!;
    if (last === first) parts.push(String(first));
    else if (last === first + 1) parts.push(`${first},${last}`);
    else parts.push(`${first}-${last}`);
    i = j + 1;
  }
  return parts.join(',');
}

function isStrictlyAscending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (!(xs[i - 1]! < xs[i]!)) return false;
  return true;
}

/**
 * parseIndexesFromString, lenient as the controller: a fragment whose first number does not parse
 * is skipped; the first fragment starting at ≥ completions ends parsing (upstream `break`); ends
 * beyond completions are clipped to completions-1; `x-y-z` reads as `x-y`; `x-y` with y < x is
 * empty. Returns the sorted distinct indexes; "" or undefined ⇒ [].
 */
export function parseIndexes(s: string | undefined, completions: number): number[] {
  if (s === undefined || s === '') return [];
  const out = new Set<number>();
  for (const fragment of s.split(',')) {
    const limits = fragment.split('-');
    const first = parseGoInt(limits[0]!);
    if (first === null) continue;
    if (first >= completions) break;
    let last = first;
    if (limits.length > 1) {
      const l = parseGoInt(limits[1]!);
      if (l === null) continue;
      last = Math.min(l, completions - 1);
    }
    for (let ix = first; ix <= last; ix++) out.add(ix);
  }
  return [...out].sort((a, b) => a - b);
}

// ---- pod shape (§12) ----

/**
 * podGenerateNameWithIndex: `<job>-<index>-`; when longer than 58 characters the job-name part
 * is truncated so that the whole prefix is 58 characters.
 */
export function podGenerateNameWithIndex(jobName: string, index: number): string {
  const suffix = `-${index}-`;
  const prefix = jobName + suffix;
  if (prefix.length <= MaxGeneratedNameLength) return prefix;
  return prefix.slice(0, MaxGeneratedNameLength - suffix.length) + suffix;
}

/**
 * getNewIndexFailureCounts: the counters for a new pod of an index from the pod it replaces
 * (the index's delayed-deletion pod): previous values, +1 on the failure count when that
 * failure counted, else +1 on the ignored count. No previous pod ⇒ 0, 0.
 */
export function newIndexFailureCounts(job: Job, podBeingReplaced: Pod | null | undefined): { failureCount: number; ignoredFailureCount: number } {
  if (!podBeingReplaced) return { failureCount: 0, ignoredFailureCount: 0 };
  let failureCount = getIndexFailureCount(podBeingReplaced);
  let ignoredFailureCount = getIndexIgnoredFailureCount(podBeingReplaced);
  if (matchPodFailurePolicy(job.spec.podFailurePolicy, podBeingReplaced).countFailed) failureCount++;
  else ignoredFailureCount++;
  return { failureCount, ignoredFailureCount };
}

/**
 * addIndexFailureCountAnnotation: the annotations to set on a new pod of the index; the ignored
 * count only when > 0.
 */
export function indexFailureCountAnnotations(job: Job, podBeingReplaced: Pod | null | undefined): Record<string, string> {
  const c = newIndexFailureCounts(job, podBeingReplaced);
  const out: Record<string, string> = { [JobIndexFailureCountAnnotation]: String(c.failureCount) };
  if (c.ignoredFailureCount > 0) out[JobIndexIgnoredFailureCountAnnotation] = String(c.ignoredFailureCount);
  return out;
}

// ---- succeeded and failed indexes ----

/** A tracked pod with a valid index below completions (getValidPodsWithFilter's precondition). */
function trackedIndex(pod: Pod, completions: number): number | null {
  if (!hasJobTrackingFinalizer(pod)) return null;
  const ix = getCompletionIndex(pod);
  return ix === null || ix >= completions ? null : ix;
}

function union(a: readonly number[], b: Iterable<number>): number[] {
  const s = new Set(a);
  for (const x of b) s.add(x);
  return [...s].sort((x, y) => x - y);
}

/**
 * calculateSucceededIndexes: `prev` from status.completedIndexes (dropping ≥ completions);
 * `all` adds the indexes of tracked Succeeded pods with a valid index.
 */
export function calculateSucceededIndexes(job: Job, pods: readonly Pod[]): { prev: number[]; all: number[] } {
  const completions = job.spec.completions ?? 0;
  const prev = parseIndexes(job.status.completedIndexes, completions);
  const fresh: number[] = [];
  for (const p of pods) {
    if (p.status.phase !== 'Succeeded') continue;
    const ix = trackedIndex(p, completions);
    if (ix !== null) fresh.push(ix);
  }
  return { prev, all: union(prev, fresh) };
}

/**
 * isIndexFailed: the pod is considered failed and either matches a FailIndex rule, or its failure
 * counts (not Ignored) and its failure-count annotation ≥ backoffLimitPerIndex.
 */
export function isIndexFailed(job: Job, pod: Pod): boolean {
  if (!isPodFailed(pod, job)) return false;
  const m = matchPodFailurePolicy(job.spec.podFailurePolicy, pod);
  if (m.action === 'FailIndex') return true;
  return m.countFailed && getIndexFailureCount(pod) >= (job.spec.backoffLimitPerIndex ?? 0);
}

/**
 * calculateFailedIndexes (backoffLimitPerIndex): status.failedIndexes (dropping ≥ completions)
 * plus the indexes of tracked pods for which isIndexFailed holds.
 */
export function calculateFailedIndexes(job: Job, pods: readonly Pod[]): number[] {
  const completions = job.spec.completions ?? 0;
  const prev = parseIndexes(job.status.failedIndexes, completions);
  const fresh: number[] = [];
  for (const p of pods) {
    const ix = trackedIndex(p, completions);
    if (ix !== null && isIndexFailed(job, p)) fresh.push(ix);
  }
  return union(prev, fresh);
}

/** getIndexes: the valid indexes held by the pods. */
function indexesOf(pods: readonly Pod[]): Set<number> {
  const s = new Set<number>();
  for (const p of pods) {
    const ix = getCompletionIndex(p);
    if (ix !== null) s.add(ix);
  }
  return s;
}

/**
 * The delayed-deletion pod wins: higher absolute failure count (counted + ignored), then the
 * later finish time. Deliberate difference: ties end on name, then uid, so the choice does not
 * depend on the order of the pod list (upstream keeps the later pod of its list on a full tie).
 */
function isBetterDelayedDeletionPod(p: Pod, cur: Pod): boolean {
  const pc = getIndexAbsoluteFailureCount(p);
  const cc = getIndexAbsoluteFailureCount(cur);
  if (pc !== cc) return pc > cc;
  const pf = getFinishTimeMs(p);
  const cf = getFinishTimeMs(cur);
  if (pf !== cf) return pf > cf;
  if (p.metadata.name !== cur.metadata.name) return p.metadata.name > cur.metadata.name;
  return p.metadata.uid > cur.metadata.uid;
}

/**
 * getPodsWithDelayedDeletionPerIndex (§6 "delayed deletion"): for each index that is not
 * succeeded, not failed and has no active pod, the last failed tracked pod of the index keeps its
 * finalizer until its replacement exists, so that the replacement inherits its counters.
 */
export function getPodsWithDelayedDeletionPerIndex(
  job: Job,
  ctx: { pods: readonly Pod[]; activePods: readonly Pod[]; succeededIndexes: Iterable<number>; failedIndexes: Iterable<number> },
): Map<number, Pod> {
  const completions = job.spec.completions ?? 0;
  const active = indexesOf(ctx.activePods);
  const succeeded = new Set(ctx.succeededIndexes);
  const failed = new Set(ctx.failedIndexes);
  const out = new Map<number, Pod>();
  for (const p of ctx.pods) {
    const ix = trackedIndex(p, completions);
    if (ix === null || !isPodFailed(p, job)) continue;
    if (succeeded.has(ix) || failed.has(ix) || active.has(ix)) continue;
    const cur = out.get(ix);
    if (!cur || isBetterDelayedDeletionPod(p, cur)) out.set(ix, p);
  }
  return out;
}

/**
 * firstPendingIndexes: the `count` lowest indexes below completions that are not succeeded, not
 * held by an active pod, not failed and, when only failed pods are replaced, not held by a
 * terminating pod.
 */
export function firstPendingIndexes(
  ctx: { job: Job; pods: readonly Pod[]; activePods: readonly Pod[]; succeededIndexes: Iterable<number>; failedIndexes?: Iterable<number> },
  count: number,
  completions: number,
): number[] {
  if (!(count > 0)) return [];
  const nonPending = indexesOf(ctx.activePods);
  for (const ix of ctx.succeededIndexes) nonPending.add(ix);
  if (ctx.failedIndexes) for (const ix of ctx.failedIndexes) nonPending.add(ix);
  if (onlyReplaceFailedPods(ctx.job)) {
    for (const ix of indexesOf(ctx.pods.filter(isPodTerminating))) nonPending.add(ix);
  }
  const out: number[] = [];
  for (let ix = 0; ix < completions && out.length < count; ix++) if (!nonPending.has(ix)) out.push(ix);
  return out;
}
