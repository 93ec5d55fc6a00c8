// A field one component keeps on objects it does not own (a pod's place in an index, say), so that
// finding it is a property read instead of a hash lookup keyed by the object or its uid. The field
// is non-enumerable: JSON, spreads and copies never carry it. Nothing here knows about Kubernetes.

export class Slot<T> {
  private readonly key: symbol;

  constructor(name: string) {
    this.key = Symbol(name);
  }

  get(o: object): T | undefined {
    return (o as Record<symbol, T | undefined>)[this.key];
  }

  set(o: object, value: T | undefined): void {
    const rec = o as Record<symbol, T | undefined>;
    if (this.key in rec) rec[this.key] = value;
    else Object.defineProperty(rec, this.key, { value, writable: true, enumerable: false, configurable: false });
  }
}
