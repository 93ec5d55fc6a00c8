// Domain-free discrete-event kernel: a binary heap ordered by (time, lane, sequence), so that
// events at one instant always run in the same order. Only the kernel advances time.

export const enum Lane {
  /** scenario input, timeline and faults */
  Input = 0,
  /** cluster components reacting to the world (kubelets, scheduler, node lifecycle) */
  Cluster = 1,
  /** controller work queues */
  Controller = 2,
}

export interface Timer {
  readonly timeMs: number;
  cancelled: boolean;
}

interface Entry extends Timer {
  background: boolean;
  lane: number;
  seq: number;
  fn: () => void;
}

export interface KernelOptions {
  /** epoch milliseconds of t=0 */
  startMs: number;
  /** seeded [0,1) stream used only in tie-order mode to shuffle same-instant events */
  tieShuffle?: () => number;
  /** hard limit on steps: hitting it is reported as an error, never silent */
  maxSteps?: number;
}

export class StepLimitExceeded extends Error {}

export class Kernel {
  private heap: Entry[] = [];
  private keyTime = new Float64Array(1024);
  private keySeq = new Float64Array(1024);
  private seq = 0;
  private _now: number;
  private _steps = 0;
  private live = 0;
  private foreground = 0;
  readonly startMs: number;
  private readonly tieShuffle?: () => number;
  private readonly maxSteps: number;

  constructor(opts: KernelOptions) {
    this.startMs = opts.startMs;
    this._now = opts.startMs;
    this.tieShuffle = opts.tieShuffle;
    this.maxSteps = opts.maxSteps ?? 500_000_000;
  }

  get now(): number {
    return this._now;
  }
  get steps(): number {
    return this._steps;
  }
  /** number of scheduled, not cancelled timers */
  get pending(): number {
    return this.live;
  }

  /** number of scheduled foreground timers: when none is left, nothing more can happen */
  get pendingForeground(): number {
    return this.foreground;
  }

  /**
   * Schedules fn at absolute time `atMs` (never earlier than now). Background timers (periodic
   * monitors) run like the others but do not keep a run that waits for quiet alive.
   */
  at(atMs: number, lane: Lane, fn: () => void, background = false): Timer {
    const t = atMs < this._now ? this._now : Math.round(atMs);
    // In tie-order mode the sequence is a seeded random key: same-instant events of one lane
    // then run in a shuffled but reproducible order.
    const seq = this.tieShuffle ? Math.floor(this.tieShuffle() * 2 ** 40) * 4096 + (this.seq++ % 4096) : this.seq++;
    const e: Entry = { timeMs: t, lane, seq, fn, cancelled: false, background };
    this.push(e);
    this.live++;
    if (!background) this.foreground++;
    return e;
  }

  after(delayMs: number, lane: Lane, fn: () => void, background = false): Timer {
    return this.at(this._now + Math.max(0, delayMs), lane, fn, background);
  }

  cancel(t: Timer | undefined | null): void {
    if (t && !t.cancelled) {
      t.cancelled = true;
      this.live--;
      if (!(t as Entry).background) this.foreground--;
    }
  }

  /**
   * Tie-order mode: a seeded pick among `n` equally ready things (same-instant work that upstream
   * would run in an arbitrary order); null in the normal mode, where the first one is taken.
   */
  pickTie(n: number): number | null {
    return this.tieShuffle && n > 1 ? Math.floor(this.tieShuffle() * n) : null;
  }

  /** Time of the next live event, or null. */
  peekTime(): number | null {
    while (this.heap.length > 0 && this.heap[0]!.cancelled) this.pop();
    return this.heap.length > 0 ? this.heap[0]!.timeMs : null;
  }

  /** Runs one event; false when nothing is left before `untilMs`. */
  step(untilMs = Infinity): boolean {
    const t = this.peekTime();
    if (t === null || t > untilMs) return false;
    const e = this.pop()!;
    this.live--;
    if (!e.background) this.foreground--;
    e.cancelled = true;
    this._now = e.timeMs;
    if (++this._steps > this.maxSteps) throw new StepLimitExceeded(`step limit ${this.maxSteps} reached at ${this._now}`);
    e.fn();
    return true;
  }

  /**
   * Runs events until none is left at or before `untilMs` (then the clock is set to untilMs), or,
   * with `untilQuiet`, until no foreground timer is left. Returns how the run ended.
   */
  run(untilMs: number, untilQuiet = false): 'duration' | 'quiet' {
    for (;;) {
      if (untilQuiet && this.foreground === 0) return 'quiet';
      if (!this.step(untilMs)) break;
    }
    if (untilMs > this._now) this._now = untilMs;
    return untilQuiet && this.foreground === 0 ? 'quiet' : 'duration';
  }

  // The heap keeps its order keys in two packed arrays beside the entries (time*4+lane, then
  // seq), so that sifting compares numbers in contiguous memory instead of loading each entry.
  private ensureRoom(n: number): void {
    if (n <= this.keyTime.length) return;
    const t = new Float64Array(this.keyTime.length * 2);
    t.set(this.keyTime);
    this.keyTime = t;
    const s = new Float64Array(this.keySeq.length * 2);
    s.set(this.keySeq);
    this.keySeq = s;
  }

  private push(e: Entry): void {
    const h = this.heap;
    const kt = e.timeMs * 4 + e.lane;
    const ks = e.seq;
    let i = h.length;
    this.ensureRoom(i + 1);
    h.push(e);
    const T = this.keyTime;
    const S = this.keySeq;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = T[p]!;
      if (pt < kt || (pt === kt && S[p]! < ks)) break;
      h[i] = h[p]!;
      T[i] = pt;
      S[i] = S[p]!;
      i = p;
    }
    h[i] = e;
    T[i] = kt;
    S[i] = ks;
  }

  private pop(): Entry | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    const n = h.length;
    if (n > 0) {
      const T = this.keyTime;
      const S = this.keySeq;
      const kt = T[n]!;
      const ks = S[n]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let m = l;
        if (r < n && (T[r]! < T[l]! || (T[r] === T[l] && S[r]! < S[l]!))) m = r;
        if (kt < T[m]! || (kt === T[m] && ks < S[m]!)) break;
        h[i] = h[m]!;
        T[i] = T[m]!;
        S[i] = S[m]!;
        i = m;
      }
      h[i] = last;
      T[i] = kt;
      S[i] = ks;
    }
    return top;
  }
}

/** A bare heap of numbers ordered like the kernel's, for the benchmark baseline. */
export class NumberHeap {
  private h: number[] = [];
  get size(): number {
    return this.h.length;
  }
  push(v: number): void {
    const h = this.h;
    h.push(v);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]! <= h[i]!) break;
      const t = h[i]!;
      h[i] = h[p]!;
      h[p] = t;
      i = p;
    }
  }
  pop(): number | undefined {
    const h = this.h;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      const n = h.length;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < n && h[l]! < h[m]!) m = l;
        if (r < n && h[r]! < h[m]!) m = r;
        if (m === i) break;
        const t = h[i]!;
        h[i] = h[m]!;
        h[m] = t;
        i = m;
      }
    }
    return top;
  }
}
