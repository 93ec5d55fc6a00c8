// Seeded random streams, forked by name from the run's seed: one component's draws never shift
// another's (adding a node does not change what a Job draws).
import seedrandom from 'seedrandom';

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [0, n) */
  int(n: number): number;
}

export class RngFactory {
  private streams = new Map<string, Rng>();
  constructor(readonly seed: number) {}

  /** The stream for `name`, created on first use and kept for the run. */
  stream(name: string): Rng {
    let s = this.streams.get(name);
    if (!s) {
      // Alea: quick to seed (one stream per Job and per node) and fast to draw.
      const prng = seedrandom.alea(`${this.seed}/${name}`);
      s = { next: () => prng.quick(), int: (n: number) => Math.floor(prng.quick() * n) };
      this.streams.set(name, s);
    }
    return s;
  }

  /** Forgets a stream (memory stays proportional to live objects). */
  drop(name: string): void {
    this.streams.delete(name);
  }
}
