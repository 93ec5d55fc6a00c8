// client-go's work queue and the one sync loop (processNextWorkItem) of every controller.
// Semantics kept: a key is queued at most once (dirty set); a key being processed and added again
// is re-queued when it is done; AddAfter keeps one pending entry per key, replaced only by an
// earlier one; AddRateLimited backs off per item exponentially until Forget, and through a token
// bucket shared by the queue where the controller has one.

import type { Kernel, Timer } from '../core/kernel.ts';
import { Lane } from '../core/kernel.ts';

export interface SyncResult {
  /** requeue after this delay (Forget, then AddAfter) */
  requeueAfterMs?: number;
  /** the sync failed: AddRateLimited */
  error?: string;
}

export interface Reconciler {
  readonly name: string;
  sync(key: string): SyncResult | void;
  /** called when the controller (re)starts: relist everything, reset in-memory state */
  resync?(): void;
}

export interface RateLimit {
  baseMs: number;
  maxMs: number;
  /** Forget only after a sync that asks for a requeue (the CronJob controller's processNextWorkItem), not after every sync without error */
  forgetOnlyOnRequeue?: boolean;
  /**
   * One token bucket for the whole queue besides the per-item back-off, the longer delay winning
   * (DefaultTypedControllerRateLimiter: MaxOf(per item, BucketRateLimiter{rate.NewLimiter(qps, burst)})).
   * Forget does not refill it.
   */
  bucket?: { qps: number; burst: number };
}

/** the sentinel of the dirty set and the waiting map: no object key is empty */
const NoKey = '';

/** Hard limit on keys processed at one virtual instant, so a livelock is reported, never silent. */
const MaxSyncsPerInstant = 1_000_000;

export class WorkQueue {
  private queue: string[] = [];
  private head = 0;
  // The dirty set and the waiting map each hold a sentinel that is never a key, so that they never
  // empty: V8 shrinks (reallocates) a hash table that drops to empty, and these go between zero and
  // one entries all the time.
  private dirty = new Set<string>([NoKey]);
  /** the key being synced: one worker, so at most one (client-go's processing set) */
  private processing: string | null = null;
  private waiting = new Map<string, Timer | null>([[NoKey, null]]);
  private failures = new Map<string, number>();
  /** the bucket's tokens in thousandths (integers: refilling by elapsed ms x qps stays exact), full at first */
  private bucketMilliTokens: number | null = null;
  private bucketLastMs = 0;
  private drainTimer: Timer | null = null;
  private down = false;
  private syncsAtInstant = 0;
  private instant = -1;
  syncs = 0;

  constructor(
    private readonly kernel: Kernel,
    private readonly reconciler: Reconciler,
    private readonly rateLimit: RateLimit,
  ) {}

  add(key: string): void {
    // A controller that is down has no informers: what happens meanwhile is seen at its relist.
    if (this.down || this.dirty.has(key)) return;
    this.dirty.add(key);
    if (this.processing === key) return;
    this.queue.push(key);
    this.scheduleDrain();
  }

  /**
   * AddAfter. A `background` entry (a retry after a failed sync) does not keep a run that waits
   * for quiet alive: a sync that fails the same way forever is not something more happening.
   */
  addAfter(key: string, delayMs: number, background = false): void {
    if (this.down) return;
    if (delayMs <= 0) {
      this.add(key);
      return;
    }
    const at = this.kernel.now + delayMs;
    const existing = this.waiting.get(key);
    if (existing && !existing.cancelled) {
      if (existing.timeMs <= at) return;
      this.kernel.cancel(existing);
    }
    const t = this.kernel.at(
      at,
      Lane.Controller,
      () => {
        if (this.waiting.get(key) === t) this.waiting.delete(key);
        this.add(key);
      },
      background,
    );
    this.waiting.set(key, t);
  }

  addRateLimited(key: string): void {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    const delay = Math.min(this.rateLimit.baseMs * 2 ** n, this.rateLimit.maxMs);
    this.addAfter(key, Math.max(delay, this.reserveToken()), true);
  }

  /** rate.Limiter.Reserve on the queue's bucket: the wait until the reserved token is there (0 without a bucket). */
  private reserveToken(): number {
    const b = this.rateLimit.bucket;
    if (!b) return 0;
    const now = this.kernel.now;
    const full = b.burst * 1000;
    const tokens = (this.bucketMilliTokens === null ? full : Math.min(full, this.bucketMilliTokens + (now - this.bucketLastMs) * b.qps)) - 1000;
    this.bucketMilliTokens = tokens;
    this.bucketLastMs = now;
    return tokens >= 0 ? 0 : Math.ceil(-tokens / b.qps);
  }

  forget(key: string): void {
    this.failures.delete(key);
  }

  /** Drops a key's pending delayed entry (the object is gone). */
  dropWaiting(key: string): void {
    const t = this.waiting.get(key);
    if (t) {
      this.kernel.cancel(t);
      this.waiting.delete(key);
    }
    this.failures.delete(key);
  }

  get length(): number {
    return this.queue.length - this.head;
  }

  /** Controller outage: nothing is processed; on return the controller's memory is new. */
  setDown(down: boolean): void {
    if (this.down === down) return;
    this.down = down;
    if (down) {
      for (const t of this.waiting.values()) if (t !== null) this.kernel.cancel(t);
      this.waiting.clear();
      this.waiting.set(NoKey, null);
      this.failures.clear();
      this.bucketMilliTokens = null;
      this.queue = [];
      this.head = 0;
      this.dirty.clear();
      this.dirty.add(NoKey);
    } else {
      this.reconciler.resync?.();
      this.scheduleDrain();
    }
  }

  get isDown(): boolean {
    return this.down;
  }

  private scheduleDrain(): void {
    if (this.down || this.drainTimer) return;
    this.drainTimer = this.kernel.after(0, Lane.Controller, () => {
      this.drainTimer = null;
      this.drain();
    });
  }

  /** processNextWorkItem until the queue is empty. */
  private drain(): void {
    while (!this.down && this.head < this.queue.length) {
      // tie-order mode: workers would take ready keys in any order
      const pick = this.kernel.pickTie(this.queue.length - this.head);
      if (pick !== null && pick > 0) {
        const i = this.head + pick;
        const tmp = this.queue[i]!;
        this.queue[i] = this.queue[this.head]!;
        this.queue[this.head] = tmp;
      }
      const key = this.queue[this.head++]!;
      if (this.head > 4096 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      if (this.kernel.now !== this.instant) {
        this.instant = this.kernel.now;
        this.syncsAtInstant = 0;
      }
      if (++this.syncsAtInstant > MaxSyncsPerInstant) throw new Error(`${this.reconciler.name}: more than ${MaxSyncsPerInstant} syncs at one instant (livelock) at key ${key}`);
      this.dirty.delete(key);
      this.processing = key;
      this.syncs++;
      const res = this.reconciler.sync(key);
      this.processing = null;
      // a failed sync is retried with the rate limiter; a requeue it asked for stands as well
      // (upstream's syncJob calls AddAfter itself, then returns its error)
      if (res?.error !== undefined) this.addRateLimited(key);
      else if (!this.rateLimit.forgetOnlyOnRequeue || res?.requeueAfterMs !== undefined) this.forget(key);
      if (res?.requeueAfterMs !== undefined) this.addAfter(key, res.requeueAfterMs);
      if (this.dirty.has(key)) this.queue.push(key);
    }
  }
}
