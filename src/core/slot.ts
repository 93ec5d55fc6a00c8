// Fields that components keep on objects they do not own (a pod's place in an index, say), so that
// finding them is an array read instead of a hash lookup keyed by the object or its uid. All the
// slots of one object live in one hidden array, added once: the object keeps one V8 shape however
// many components use it, and reads of its own fields stay monomorphic. The array is a
// non-enumerable property, so JSON, spreads and copies never carry it. Nothing here knows about
// Kubernetes.

const SlotsOf = Symbol('jobsim.slots');
type WithSlots = { [SlotsOf]?: unknown[] };
let slotCount = 0;

export class Slot<T> {
  private readonly index = slotCount++;

  /** `name` says what the slot is for; it is not used to find it */
  constructor(readonly name: string) {}

  get(o: object): T | undefined {
    const a = (o as WithSlots)[SlotsOf];
    return a === undefined ? undefined : (a[this.index] as T | undefined);
  }

  set(o: object, value: T | undefined): void {
    let a = (o as WithSlots)[SlotsOf];
    if (a === undefined) a = attachSlots(o);
    a[this.index] = value;
  }

  /** For caches: sets the slot, unless the object is frozen (or sealed) and has no slots yet, when nothing is kept. */
  remember(o: object, value: T): void {
    if ((o as WithSlots)[SlotsOf] !== undefined || Object.isExtensible(o)) this.set(o, value);
  }
}

/** Gives an object its slot array now (the store does it on create, so every stored object has one shape). */
export function attachSlots(o: object): unknown[] {
  const existing = (o as WithSlots)[SlotsOf];
  if (existing !== undefined) return existing;
  // sized for every slot defined so far (all of them, once the modules have loaded): no growth later
  const a: unknown[] = new Array<unknown>(slotCount);
  Object.defineProperty(o, SlotsOf, { value: a, writable: false, enumerable: false, configurable: false });
  return a;
}

/**
 * An ordered collection of objects (insertion order, as a Set iterates) where adding and deleting
 * cost O(1) amortised without hashing: each member keeps its position in `position`, a slot that
 * belongs to this kind of list (an object is in at most one list per slot). A deleted member
 * leaves a hole, squeezed out once the holes are half of the array.
 */
export class SlotList<T extends object> implements Iterable<T> {
  private items: (T | null)[] = [];
  private holes = 0;

  constructor(private readonly position: Slot<number>) {}

  get size(): number {
    return this.items.length - this.holes;
  }

  has(x: T): boolean {
    const at = this.position.get(x);
    return at !== undefined && this.items[at] === x;
  }

  /** Adds `x` at the end; false when it is a member already. */
  add(x: T): boolean {
    if (this.has(x)) return false;
    this.position.set(x, this.items.length);
    this.items.push(x);
    return true;
  }

  /** Removes `x`; false when it was not a member. */
  delete(x: T): boolean {
    const at = this.position.get(x);
    if (at === undefined || this.items[at] !== x) return false;
    this.items[at] = null;
    this.holes++;
    if (this.holes > 16 && this.holes * 2 > this.items.length) this.compact();
    return true;
  }

  private compact(): void {
    const items: T[] = [];
    for (const x of this.items) {
      if (x === null) continue;
      this.position.set(x, items.length);
      items.push(x);
    }
    this.items = items;
    this.holes = 0;
  }

  /** The members in insertion order, as a new array (safe to change the list while reading it). */
  values(): T[] {
    const out: T[] = [];
    for (const x of this.items) if (x !== null) out.push(x);
    return out;
  }

  [Symbol.iterator](): Iterator<T> {
    return this.values()[Symbol.iterator]();
  }
}
