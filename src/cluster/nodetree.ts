// An index over the nodes for one pod shape (its requests and non-zero requests), so that a
// scheduling decision need not visit the few hundred nodes upstream's sample takes: a segment
// tree over the node list holds, per range, how many nodes fit a pod of that shape, the best
// score among them and how many share it. A decision then finds the same sample window, the same
// best score and the same k-th tied node (in the same visiting order) as visiting them one by
// one would, in O(log n). Used only where only resources decide (plain pods, plain nodes, nobody
// nominated); the scheduler visits nodes one by one otherwise.

export interface PodShape {
  reqCpu: number;
  reqMem: number;
  nzCpu: number;
  nzMem: number;
}

export interface Pick {
  /** the chosen node's position in the node list */
  index: number;
  /** nodes the one-by-one scan would have visited (the sample window) */
  evaluated: number;
}

const NoScore = -1;

export class FitScoreTree {
  private readonly size: number;
  private readonly fit: Int32Array;
  private readonly best: Float64Array;
  private readonly ties: Int32Array;
  /** scratch for the canonical segments of a range (at most 2 per level) */
  private readonly segLeft = new Int32Array(64);
  private readonly segRight = new Int32Array(64);

  constructor(
    readonly shape: PodShape,
    private readonly n: number,
    /** the score of node i for this shape, or null when a pod of this shape does not fit it */
    private readonly leaf: (i: number) => number | null,
  ) {
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.fit = new Int32Array(2 * size);
    this.best = new Float64Array(2 * size).fill(NoScore);
    this.ties = new Int32Array(2 * size);
    for (let i = 0; i < n; i++) this.setLeaf(i);
    for (let p = size - 1; p >= 1; p--) this.pull(p);
  }

  sameShape(s: PodShape): boolean {
    return s.reqCpu === this.shape.reqCpu && s.reqMem === this.shape.reqMem && s.nzCpu === this.shape.nzCpu && s.nzMem === this.shape.nzMem;
  }

  /** Node i changed (a pod placed on it or gone from it). */
  update(i: number): void {
    this.setLeaf(i);
    for (let p = (i + this.size) >> 1; p >= 1; p >>= 1) this.pull(p);
  }

  /** How many nodes a pod of the shape fits. */
  get fitting(): number {
    return this.fit[1]!;
  }

  /**
   * The decision the one-by-one scan makes: visit nodes from `start` in rotation until `want`
   * fitting ones are found (or all were visited), keep the best score, and among the nodes with
   * it take the `pickTie(count)`-th in visiting order. Null when nothing fits.
   */
  select(start: number, want: number, pickTie: (count: number) => number): Pick | null {
    const n = this.n;
    const total = this.fit[1]!;
    if (total === 0) return null;
    // the window: [start, e1] and then, wrapping, [0, e2]
    let e1 = n - 1;
    let e2 = start - 1;
    let evaluated = n;
    if (total >= want) {
      const before = this.fitBefore(start);
      const after = total - before;
      if (after >= want) {
        e1 = this.kthFitting(before + want - 1);
        e2 = -1;
        evaluated = e1 - start + 1;
      } else {
        e2 = this.kthFitting(want - after - 1);
        evaluated = n - start + e2 + 1;
      }
    }
    this.rangeBest(start, e1);
    const aBest = this.rangeTop;
    const aTies = this.rangeTies;
    let bBest = NoScore;
    let bTies = 0;
    if (e2 >= 0) {
      this.rangeBest(0, e2);
      bBest = this.rangeTop;
      bTies = this.rangeTies;
    }
    const top = aBest > bBest ? aBest : bBest;
    const ta = aBest === top ? aTies : 0;
    const tb = bBest === top ? bTies : 0;
    const count = ta + tb;
    const k = count === 1 ? 0 : pickTie(count);
    const index = k < ta ? this.kthBest(start, e1, top, k) : this.kthBest(0, e2, top, k - ta);
    return { index, evaluated };
  }

  private setLeaf(i: number): void {
    const p = i + this.size;
    const s = i < this.n ? this.leaf(i) : null;
    this.fit[p] = s === null ? 0 : 1;
    this.best[p] = s === null ? NoScore : s;
    this.ties[p] = s === null ? 0 : 1;
  }

  private pull(p: number): void {
    const l = 2 * p;
    const r = l + 1;
    const bl = this.best[l]!;
    const br = this.best[r]!;
    this.fit[p] = this.fit[l]! + this.fit[r]!;
    const b = bl > br ? bl : br;
    this.best[p] = b;
    this.ties[p] = (bl === b ? this.ties[l]! : 0) + (br === b ? this.ties[r]! : 0);
  }

  /** Fitting nodes in [0, i). */
  private fitBefore(i: number): number {
    let sum = 0;
    let lo = this.size;
    let hi = i + this.size;
    while (lo < hi) {
      if (lo & 1) sum += this.fit[lo++]!;
      if (hi & 1) sum += this.fit[--hi]!;
      lo >>= 1;
      hi >>= 1;
    }
    return sum;
  }

  /** The position of the k-th (0-based) fitting node. */
  private kthFitting(k: number): number {
    let p = 1;
    while (p < this.size) {
      const l = 2 * p;
      if (k < this.fit[l]!) p = l;
      else {
        k -= this.fit[l]!;
        p = l + 1;
      }
    }
    return p - this.size;
  }

  /** The best score in [lo, hi] and how many nodes have it (into rangeTop and rangeTies). */
  private rangeTop = NoScore;
  private rangeTies = 0;
  private rangeBest(lo: number, hi: number): void {
    let best = NoScore;
    let ties = 0;
    let l = lo + this.size;
    let r = hi + this.size + 1;
    while (l < r) {
      if (l & 1) {
        const b = this.best[l]!;
        if (b > best) {
          best = b;
          ties = this.ties[l]!;
        } else if (b === best && b !== NoScore) ties += this.ties[l]!;
        l++;
      }
      if (r & 1) {
        --r;
        const b = this.best[r]!;
        if (b > best) {
          best = b;
          ties = this.ties[r]!;
        } else if (b === best && b !== NoScore) ties += this.ties[r]!;
      }
      l >>= 1;
      r >>= 1;
    }
    this.rangeTop = best;
    this.rangeTies = ties;
  }

  /** The position of the k-th (0-based, left to right) node in [lo, hi] whose score is `best`. */
  private kthBest(lo: number, hi: number, best: number, k: number): number {
    // the canonical segments of [lo, hi], left to right: those taken from the left end in order,
    // then those taken from the right end in reverse
    const left = this.segLeft;
    const right = this.segRight;
    let nl = 0;
    let nr = 0;
    let l = lo + this.size;
    let r = hi + this.size + 1;
    while (l < r) {
      if (l & 1) left[nl++] = l++;
      if (r & 1) right[nr++] = --r;
      l >>= 1;
      r >>= 1;
    }
    for (let j = 0; j < nl + nr; j++) {
      let p = j < nl ? left[j]! : right[nr - 1 - (j - nl)]!;
      const c = this.best[p] === best ? this.ties[p]! : 0;
      if (k >= c) {
        k -= c;
        continue;
      }
      while (p < this.size) {
        const lc = 2 * p;
        const cl = this.best[lc] === best ? this.ties[lc]! : 0;
        if (k < cl) p = lc;
        else {
          k -= cl;
          p = lc + 1;
        }
      }
      return p - this.size;
    }
    throw new Error('FitScoreTree: no such tied node');
  }
}

/**
 * The scheduler cache's node tree (nodeTree): nodes grouped by zone, zones in the order they first
 * appeared (a zone left empty is dropped), each zone's nodes in the order they were added. Its
 * list takes the first node of every zone, then the second of every zone, and so on, so that a
 * sample of the list spreads over the zones.
 */
export class NodeZones<T> {
  private readonly order: string[] = [];
  private readonly byZone = new Map<string, T[]>();
  private readonly zoneOf = new Map<T, string>();

  add(x: T, zone: string): void {
    if (this.zoneOf.has(x)) return;
    let list = this.byZone.get(zone);
    if (!list) {
      this.byZone.set(zone, (list = []));
      this.order.push(zone);
    }
    list.push(x);
    this.zoneOf.set(x, zone);
  }

  remove(x: T): void {
    const zone = this.zoneOf.get(x);
    if (zone === undefined) return;
    this.zoneOf.delete(x);
    const list = this.byZone.get(zone)!;
    list.splice(list.indexOf(x), 1);
    if (list.length === 0) {
      this.byZone.delete(zone);
      this.order.splice(this.order.indexOf(zone), 1);
    }
  }

  /** updateNode: a node whose zone changed leaves its zone and joins the end of the new one */
  move(x: T, zone: string): void {
    if (this.zoneOf.get(x) === zone) return;
    this.remove(x);
    this.add(x, zone);
  }

  /** nodeTree.list, appended to `out` */
  list(out: T[]): void {
    const lists = this.order.map((z) => this.byZone.get(z)!);
    const longest = lists.reduce((m, l) => Math.max(m, l.length), 0);
    for (let i = 0; i < longest; i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  }
}
