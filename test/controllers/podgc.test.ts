// The pod GC's terminated-pod threshold (gcTerminated, byEvictionAndCreationTimestamp).
import { describe, expect, it } from 'vitest';
import { Lane } from '../../src/core/kernel.ts';
import { PodGcController } from '../../src/controllers/gc/podgc.ts';
import type { Pod } from '../../src/api/types.ts';
import { makePod, world } from '../fixtures/world.ts';

describe('gcTerminated beyond the threshold', () => {
  /** terminal pods created at the given seconds; runs the pass; returns the names deleted */
  function deletedWith(threshold: number, pods: Array<{ name: string; atSec: number; evicted?: boolean }>): string[] {
    const { store, kernel } = world();
    new PodGcController(kernel, store, threshold);
    const made: Pod[] = [];
    for (const spec of pods) {
      kernel.at(kernel.startMs + spec.atSec * 1000, Lane.Input, () => {
        const p = makePod(spec.name, { nodeName: 'n1' });
        store.create(p);
        made.push(p);
        store.update(p, (x) => {
          x.status.phase = 'Failed';
          if (spec.evicted) x.status.reason = 'Evicted';
        });
      });
    }
    kernel.run(kernel.startMs + 120_000);
    return made.filter((p) => !store.isLive(p)).map((p) => p.metadata.name);
  }

  it('ties in creation second are broken by name, not by the order the pods finished', () => {
    const names = ['pod-x', 'pod-b', 'pod-m', 'pod-a', 'pod-q'];
    expect(deletedWith(2, names.map((name) => ({ name, atSec: 0 }))).sort()).toEqual(['pod-a', 'pod-b', 'pod-m']);
  });

  it('the oldest go first, evicted ones before all others', () => {
    const got = deletedWith(2, [
      { name: 'z-old', atSec: 1 },
      { name: 'a-new', atSec: 5 },
      { name: 'm-evicted', atSec: 9, evicted: true },
      { name: 'b-new', atSec: 5 },
    ]);
    expect(got.sort()).toEqual(['m-evicted', 'z-old']);
  });

  it('at or under the threshold nothing is deleted', () => {
    expect(deletedWith(3, [{ name: 'a', atSec: 0 }, { name: 'b', atSec: 0 }, { name: 'c', atSec: 0 }])).toEqual([]);
  });
});
