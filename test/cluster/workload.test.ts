// The workload model: behaviour annotations and rules, attempts, and the named random streams.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/api/types.ts';
import { drawMs, parseDistribution, parseExitCodes, WorkloadModel } from '../../src/cluster/workload.ts';
import { RngFactory } from '../../src/core/rng.ts';
import { makePod } from '../fixtures/world.ts';

function jobPod(name: string, annotations: Record<string, string>): Pod {
  return makePod(name, {}, { annotations, ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'etl', uid: 'uid-etl', controller: true }] });
}

/** A factory that records which streams were made. */
function recordingFactory(seed = 1): { rng: RngFactory; made: string[] } {
  const rng = new RngFactory(seed);
  const made: string[] = [];
  const stream = rng.stream.bind(rng);
  rng.stream = (name: string) => {
    made.push(name);
    return stream(name);
  };
  return { rng, made };
}

describe('behaviour annotations', () => {
  const dists: Array<[string, unknown]> = [
    ['30s', { kind: 'fixed', ms: 30_000 }],
    ['uniform(10m,30m)', { kind: 'uniform', minMs: 600_000, maxMs: 1_800_000 }],
    ['lognormal(20m, 45m)', { kind: 'lognormal', medianMs: 1_200_000, p95Ms: 2_700_000 }],
    ['exponential(5m)', { kind: 'exponential', meanMs: 300_000 }],
    ['uniform(30m,10m)', null],
    ['soon', null],
    // as the mapping forms: a zero median or mean is refused (a zero median has no logarithm)
    ['lognormal(0s,1m)', null],
    ['uniform(10m , 30m )', { kind: 'uniform', minMs: 600_000, maxMs: 1_800_000 }],
    ['exponential(0s)', null],
  ];
  for (const [s, want] of dists) it(`jobsim/duration ${JSON.stringify(s)}`, () => expect(parseDistribution(s)).toEqual(want));
  const codes: Array<[string, number[] | null]> = [
    ['1,1,0', [1, 1, 0]],
    [' 42 ', [42]],
    ['256', null],
    ['1,,0', null],
  ];
  for (const [s, want] of codes) it(`jobsim/exit-codes ${JSON.stringify(s)}`, () => expect(parseExitCodes(s)).toEqual(want));
});

describe('attempts and streams', () => {
  it('exit codes per attempt of the owner, the last one repeating', () => {
    const { rng } = recordingFactory();
    const w = new WorkloadModel([], rng);
    const codes = [1, 2, 3, 4].map((i) => w.nextAttempt(jobPod(`p${i}`, { 'jobsim/exit-codes': '1,1,0' })).exitCode);
    expect(codes).toEqual([1, 1, 0, 0]);
  });

  it('a fixed behaviour draws nothing, so no stream is made for it', () => {
    const { rng, made } = recordingFactory();
    const w = new WorkloadModel([], rng);
    expect(w.nextAttempt(jobPod('a', { 'jobsim/duration': '45s' }))).toEqual({ durationMs: 45_000, exitCode: 0 });
    expect(w.nextAttempt(jobPod('b', {}))).toEqual({ durationMs: 10_000, exitCode: 0 });
    expect(made).toEqual([]);
  });

  it("a drawn duration comes from the owner's own stream: the same numbers as that stream made fresh", () => {
    const { rng, made } = recordingFactory(7);
    const w = new WorkloadModel([], rng);
    const got = [1, 2, 3].map((i) => w.nextAttempt(jobPod(`p${i}`, { 'jobsim/duration': 'uniform(10s,20s)' })).durationMs);
    expect(made).toEqual(['workload/default/etl', 'workload/default/etl', 'workload/default/etl']);
    const fresh = new RngFactory(7).stream('workload/default/etl');
    const dist = parseDistribution('uniform(10s,20s)')!;
    expect(got).toEqual([1, 2, 3].map(() => drawMs(dist, fresh)));
  });
});
