// The pod GC's terminated-pod threshold (gcTerminated, byEvictionAndCreationTimestamp).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Lane } from '../../src/core/kernel.ts';
import { PodGcController } from '../../src/controllers/gc/podgc.ts';
import type { Pod } from '../../src/api/types.ts';
import { makeNode, makePod, world } from '../fixtures/world.ts';

describe('gcTerminated beyond the threshold', () => {
  /** terminal pods created at the given seconds; runs the pass; returns the names deleted */
  function deletedWith(threshold: number, pods: Array<{ name: string; atSec: number; evicted?: boolean }>): string[] {
    const { store, kernel } = world();
    // the pods' node exists: pods bound to a missing node would be collected as orphans
    store.create(makeNode('n1'));
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

  it('property: the pass deletes what sorting every terminated pod by byEvictionAndCreationTimestamp would', () => {
    const arbPod = fc.record({ name: fc.stringMatching(/^[a-e]{1,3}$/), atSec: fc.integer({ min: 0, max: 19 }), evicted: fc.boolean() });
    fc.assert(
      fc.property(fc.uniqueArray(arbPod, { selector: (p) => p.name, maxLength: 40 }), fc.integer({ min: 1, max: 40 }), (pods, threshold) => {
        // every pod has terminated before the first pass (20s), which therefore sees them all
        const seen = pods;
        const sorted = [...seen].sort((a, b) => (a.evicted !== b.evicted ? (a.evicted ? -1 : 1) : a.atSec - b.atSec || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
        const want = sorted.slice(0, Math.max(0, seen.length - threshold)).map((p) => p.name);
        expect(deletedWith(threshold, pods).sort()).toEqual(want.sort());
      }),
      { numRuns: 300 },
    );
  });
});
