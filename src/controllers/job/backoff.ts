// Pod-recreation backoff of the Job controller, following upstream
// pkg/controller/job/backoff_utils.go (reference §3). Times are epoch milliseconds; `now` is
// always a parameter.

import type { Pod } from '../../api/types.ts';
import { getIndexAbsoluteFailureCount, timeMs } from './pods.ts';
import { isRestartableInitContainer } from '../../cluster/resources.ts';

/** DefaultJobPodFailureBackOff. */
export const DefaultJobPodFailureBackOffMs = 10_000;
/** MaxJobPodFailureBackOff (the kubernetes.io page's "six minutes" is outdated). */
export const MaxJobPodFailureBackOffMs = 600_000;

/** Base and cap of the delay; upstream tests inject other values, so may the tests here. */
export interface BackoffBounds {
  baseMs: number;
  maxMs: number;
}

const defaultBounds: BackoffBounds = { baseMs: DefaultJobPodFailureBackOffMs, maxMs: MaxJobPodFailureBackOffMs };

/** backoffRecord (without the key: the controller keeps one per Job key). */
export interface BackoffRecord {
  failuresAfterLastSuccess: number;
  lastFailureTimeMs: number | null;
}

export function emptyBackoffRecord(): BackoffRecord {
  return { failuresAfterLastSuccess: 0, lastFailureTimeMs: null };
}

/**
 * The delay part of getRemainingTimeForFailuresCount: 0 for n ≤ 0, else base·2^(n-1), doubling
 * stopping at the cap (so huge n never overflows): 10s, 20s, … 320s, then 600s for n ≥ 7.
 */
export function backoffDelayMs(failuresAfterLastSuccess: number, bounds: BackoffBounds = defaultBounds): number {
  if (!(failuresAfterLastSuccess > 0)) return 0;
  let d = bounds.baseMs;
  for (let i = 1; i < failuresAfterLastSuccess; i++) {
    d *= 2;
    if (d >= bounds.maxMs) return bounds.maxMs;
  }
  return d;
}

/**
 * getRemainingTimeForFailuresCount: `max(0, delay(n) - (now - lastFailure))`; exactly at
 * `lastFailure + delay` the result is 0. No failure time (cannot follow from newBackoffRecord) ⇒ 0.
 */
function remainingForFailuresCount(n: number, lastFailureMs: number | null, nowMs: number, bounds: BackoffBounds): number {
  if (n === 0 || lastFailureMs === null) return 0;
  const delay = backoffDelayMs(n, bounds);
  const elapsed = nowMs - lastFailureMs;
  return delay < elapsed ? 0 : delay - elapsed;
}

/** backoffRecord.getRemainingTime. */
export function remainingBackoffMs(record: BackoffRecord, nowMs: number, bounds: BackoffBounds = defaultBounds): number {
  return remainingForFailuresCount(record.failuresAfterLastSuccess, record.lastFailureTimeMs, nowMs, bounds);
}

/**
 * getRemainingTimePerIndex (backoffLimitPerIndex): from the index's last failed pod (the
 * delayed-deletion pod), n = failure count + ignored failure count + 1, counted from that pod's
 * finish time. No previous failed pod ⇒ 0.
 */
export function remainingIndexBackoffMs(lastFailedPod: Pod | null | undefined, nowMs: number, bounds: BackoffBounds = defaultBounds): number {
  if (!lastFailedPod) return 0;
  const n = getIndexAbsoluteFailureCount(lastFailedPod) + 1;
  return remainingForFailuresCount(n, getFinishTimeMs(lastFailedPod), nowMs, bounds);
}

/**
 * backoffStore.newBackoffRecord from the newly seen finished pods (tracked, not yet counted):
 * no new pods ⇒ unchanged; only failures ⇒ n += #failures and the last failure time is the
 * latest finish; any success ⇒ n = #failures finishing strictly after the latest success (a
 * failure at the same instant does not count) and the time is the latest of those (null if none).
 * Ignored and deleted-counted-as-failed pods are failures here too. No previous record ⇒ empty.
 */
export function newBackoffRecord(
  prev: BackoffRecord | undefined,
  newFinishedPods: { succeeded: readonly Pod[]; failed: readonly Pod[] },
): BackoffRecord {
  const old = prev ?? emptyBackoffRecord();
  const { succeeded, failed } = newFinishedPods;
  if (succeeded.length === 0 && failed.length === 0) return old;
  // successes alone reset the count: their finish times matter only to failures beside them
  if (failed.length === 0) return { failuresAfterLastSuccess: 0, lastFailureTimeMs: null };
  // only the latest success and the failures after it matter: maxima, no sorting
  let lastSuccessMs = -Infinity;
  for (const p of succeeded) {
    const t = getFinishTimeMs(p);
    if (t > lastSuccessMs) lastSuccessMs = t;
  }
  let n = 0;
  let lastFailureTimeMs: number | null = null;
  for (const p of failed) {
    const t = getFinishTimeMs(p);
    if (!(t > lastSuccessMs)) continue;
    n++;
    if (lastFailureTimeMs === null || t > lastFailureTimeMs) lastFailureTimeMs = t;
  }
  if (succeeded.length === 0) return { failuresAfterLastSuccess: old.failuresAfterLastSuccess + n, lastFailureTimeMs };
  return { failuresAfterLastSuccess: n, lastFailureTimeMs };
}

/**
 * getFinishTimeFromContainers / latestFinishTime: the latest finishedAt when every regular
 * container status is terminated with a finishedAt (none at all ⇒ nothing); then sidecars
 * (init containers with restartPolicy Always) are folded in the same way, starting from the
 * regular result. As upstream, only sidecar init containers are considered, and a missing
 * regular result does not stop the sidecar pass.
 */
function finishTimeFromContainers(pod: Pod): number | null {
  let finish = latestFinishTime(null, pod.status.containerStatuses ?? [], undefined);
  if (!pod.spec.initContainers || !pod.status.initContainerStatuses) return finish;
  const sidecars = new Set<string>();
  for (const c of pod.spec.initContainers ?? []) if (isRestartableInitContainer(c)) sidecars.add(c.name);
  finish = latestFinishTime(finish, pod.status.initContainerStatuses ?? [], (name) => sidecars.has(name));
  return finish;
}

function latestFinishTime(
  prev: number | null,
  statuses: ReadonlyArray<{ name: string; state: { terminated?: { finishedAt?: string } } }>,
  include: ((name: string) => boolean) | undefined,
): number | null {
  let finish = prev;
  for (const s of statuses) {
    if (include && !include(s.name)) continue;
    const t = timeMs(s.state.terminated?.finishedAt);
    if (s.state.terminated === undefined || t === null) return null;
    if (finish === null || finish < t) finish = t;
  }
  return finish;
}

/**
 * getFinishedTime (reference §3.3), first rule that applies: containers (above); the Ready=False
 * condition's lastTransitionTime; deletionTimestamp - deletionGracePeriodSeconds;
 * creationTimestamp (0 when unparsable).
 */
export function getFinishTimeMs(pod: Pod): number {
  const fromContainers = finishTimeFromContainers(pod);
  if (fromContainers !== null) return fromContainers;
  const ready = pod.status.conditions?.find((c) => c.type === 'Ready');
  if (ready && ready.status === 'False') {
    const t = timeMs(ready.lastTransitionTime);
    if (t !== null) return t;
  }
  const deletion = timeMs(pod.metadata.deletionTimestamp);
  if (deletion !== null) return deletion - (pod.metadata.deletionGracePeriodSeconds ?? 0) * 1000;
  return timeMs(pod.metadata.creationTimestamp) ?? 0;
}
