// The fit-and-score index against the one-by-one scan it replaces: same window, same best score,
// same tied node picked for the same draw, over random clusters, shapes and updates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FitScoreTree, NodeZones } from '../../src/cluster/nodetree.ts';
import { Simulation } from '../../src/sim/simulation.ts';
import { buildResult } from '../../src/report/result.ts';
import { arbWorld, compileWorld } from '../../src/testing/index.ts';

/** The scan: from `start` in rotation, until `want` fitting nodes are found; ties in visiting order. */
function scan(scores: Array<number | null>, start: number, want: number, pickTie: (count: number) => number): { index: number; evaluated: number } | null {
  const n = scores.length;
  let best = -1;
  let ties: number[] = [];
  let found = 0;
  let evaluated = 0;
  for (let k = 0; k < n && found < want; k++) {
    const i = (start + k) % n;
    evaluated++;
    const s = scores[i]!;
    if (s === null) continue;
    found++;
    if (s > best) {
      best = s;
      ties = [i];
    } else if (s === best) ties.push(i);
  }
  if (ties.length === 0) return null;
  return { index: ties.length === 1 ? ties[0]! : ties[pickTie(ties.length)]!, evaluated };
}

const shape = { reqCpu: 1, reqMem: 1, nzCpu: 1, nzMem: 1 };
// few distinct scores, so that ties are common; null: the node does not fit
const arbScore = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 4 }));

describe('FitScoreTree', () => {
  it('selects what the scan selects, before and after nodes change', () => {
    fc.assert(
      fc.property(
        fc.array(arbScore, { minLength: 1, maxLength: 70 }),
        fc.array(fc.tuple(fc.nat(), arbScore), { maxLength: 20 }),
        fc.nat(),
        fc.integer({ min: 1, max: 80 }),
        fc.nat(),
        (initial, changes, startSeed, want, drawSeed) => {
          const scores = [...initial];
          const tree = new FitScoreTree(shape, scores.length, (i) => scores[i]!);
          const pickTie = (count: number) => drawSeed % count;
          const check = () => {
            const start = startSeed % scores.length;
            expect(tree.select(start, want, pickTie)).toEqual(scan(scores, start, want, pickTie));
            expect(tree.fitting).toBe(scores.filter((s) => s !== null).length);
          };
          check();
          for (const [at, s] of changes) {
            scores[at % scores.length] = s;
            tree.update(at % scores.length);
            check();
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('draws only when there is a tie, with the number of tied nodes', () => {
    const scores = [3, null, 5, 5, 2, 5];
    const tree = new FitScoreTree(shape, scores.length, (i) => scores[i]!);
    const draws: number[] = [];
    // window from node 4 for 3 fitting nodes: 4, 5, 0 → best 5 only at node 5
    expect(tree.select(4, 3, (c) => (draws.push(c), 0))).toEqual({ index: 5, evaluated: 2 + 1 });
    expect(draws).toEqual([]);
    // the whole ring: 5 at nodes 2, 3, 5 → the second tie in visiting order from node 1 is 3
    expect(tree.select(1, 10, (c) => (draws.push(c), 1))).toEqual({ index: 3, evaluated: 6 });
    expect(draws).toEqual([3]);
  });
});

describe('the scheduler decides the same with and without the index', () => {
  it('random worlds (queueing, node failures, preemption-free and tainted pools alike) give byte-identical results', () => {
    const opts = { cluster: { pools: 2, nodes: { min: 1, max: 4 } }, jobs: { min: 2, max: 5 }, cronJobs: { max: 1 }, timeline: true, faults: { maxNodeDown: 2 } } as const;
    fc.assert(
      fc.property(arbWorld(opts), (docs) => {
        const run = (useIndex: boolean) => {
          const sim = new Simulation(compileWorld(docs), { keepHistory: true });
          sim.scheduler.useIndex = useIndex;
          return JSON.stringify(buildResult(sim, sim.run(), { items: true }));
        };
        expect(run(true)).toBe(run(false));
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe('the same with and without the index on a large cluster (a sample window that wraps)', () => {
  const docs = [
    {
      apiVersion: 'jobsim/v1alpha1',
      kind: 'Simulation',
      metadata: { name: 'big' },
      spec: {
        seed: 5,
        cluster: { nodePools: [{ name: 'a', count: 130, capacity: { cpu: '4', memory: '8Gi', pods: 20 } }, { name: 'b', count: 70, capacity: { cpu: '8', memory: '4Gi', pods: 110 } }] },
        behaviors: [{ selector: { matchLabels: { app: 'w' } }, duration: { uniform: ['30s', '5m'] } }],
        faults: [{ at: '2m', nodeDown: 'a-7', for: '10m' }],
      },
    },
    ...[
      ['small', '100m', '128Mi', 300, 40],
      ['wide', '1500m', '1Gi', 120, 30],
      ['mem', '250m', '3Gi', 80, 20],
    ].map(([name, cpu, memory, completions, parallelism]) => ({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name },
      spec: { completions, parallelism, template: { metadata: { labels: { app: 'w' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', resources: { requests: { cpu, memory } } }] } } },
    })),
  ];
  it('byte-identical results', () => {
    const run = (useIndex: boolean) => {
      const sim = new Simulation(compileWorld(docs), { keepHistory: true });
      sim.scheduler.useIndex = useIndex;
      return JSON.stringify(buildResult(sim, sim.run(), { items: true }));
    };
    expect(run(true)).toBe(run(false));
  });
});

describe('NodeZones (the scheduler cache nodeTree: the snapshot lists the zones interleaved)', () => {
  type Op = ['add', string, string] | ['remove', string] | ['move', string, string];
  const cases: Array<[string, Op[], string[]]> = [
    ['one zone: the order nodes were added', [['add', 'a1', 'A'], ['add', 'a2', 'A'], ['add', 'a3', 'A']], ['a1', 'a2', 'a3']],
    ['list: the first of every zone, then the second... (nodeTree.list)', [['add', 'a1', 'A'], ['add', 'a2', 'A'], ['add', 'a3', 'A'], ['add', 'b1', 'B'], ['add', 'c1', 'C'], ['add', 'c2', 'C']], ['a1', 'b1', 'c1', 'a2', 'c2', 'a3']],
    ['zones keep the order they first appeared in', [['add', 'b1', 'B'], ['add', 'a1', 'A'], ['add', 'b2', 'B']], ['b1', 'a1', 'b2']],
    ['a removed node shifts the interleaving (removeNode)', [['add', 'a1', 'A'], ['add', 'a2', 'A'], ['add', 'b1', 'B'], ['add', 'b2', 'B'], ['remove', 'a1']], ['a2', 'b1', 'b2']],
    ['a zone left empty is dropped, and comes back last (removeZone)', [['add', 'a1', 'A'], ['add', 'b1', 'B'], ['remove', 'a1'], ['add', 'a2', 'A']], ['b1', 'a2']],
    ['a node whose zone changed joins the end of its new zone (updateNode)', [['add', 'a1', 'A'], ['add', 'a2', 'A'], ['add', 'b1', 'B'], ['move', 'a1', 'B']], ['a2', 'b1', 'a1']],
    ['moving to the same zone changes nothing', [['add', 'a1', 'A'], ['add', 'a2', 'A'], ['move', 'a1', 'A']], ['a1', 'a2']],
  ];
  it.each(cases)('%s', (_name, ops, want) => {
    const z = new NodeZones<string>();
    for (const op of ops) {
      if (op[0] === 'add') z.add(op[1], op[2]);
      else if (op[0] === 'remove') z.remove(op[1]);
      else z.move(op[1], op[2]);
    }
    const out: string[] = [];
    z.list(out);
    expect(out).toEqual(want);
  });
});
