// The `jobsim sweep` command: flags, the table, the JSON document, and invalid input (every
// problem at once, exit 2, nothing run).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliResult } from '../../src/cli/main.ts';
import { parseCounts, runSweepCommand } from '../../src/cli/sweep.ts';

/** a sweep without --parallel answers at once */
function sweepSync(argv: string[]): CliResult {
  const r = runSweepCommand(argv);
  if (r instanceof Promise) throw new Error(`jobsim sweep ${argv.join(' ')} answered later`);
  return r;
}
function mainSync(argv: string[]): CliResult {
  const r = main(argv);
  if (r instanceof Promise) throw new Error(`jobsim ${argv.join(' ')} answered later`);
  return r;
}

const root = join(import.meta.dirname, '..', '..');
const burst = join(root, 'scenarios/capacity-burst.yaml');
const dir = mkdtempSync(join(tmpdir(), 'jobsim-sweep-'));

describe('parseCounts', () => {
  it.each([
    ['2,4,8', [2, 4, 8]],
    ['2..5', [2, 3, 4, 5]],
    ['1,3..4,3', [1, 3, 4]],
    ['0', [0]],
    ['5..2', 'range 5..2 goes down: write the lower count first'],
    ['two', '"two" is not a count or a range A..B'],
    ['2,', '"" is not a count or a range A..B'],
    ['20000', 'count 20000 is over the 10000-node limit'],
  ])('%s', (text, want) => expect(parseCounts(text)).toEqual(want));
});

describe('jobsim sweep', () => {
  it('prints one row per size and the smallest size that meets the target (capacity-burst: 4 nodes bring 40 pods of 2 CPU within 50m)', () => {
    const r = sweepSync([burst, '--pool', 'batch=2..5', '--seeds', '3', '--within', '50m', '--target', '90%']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Sweep of ' + burst + ': 4 size(s) x 3 seed(s) (seeds 8..10)');
    expect(lines[3]).toMatch(/^POOLS +NODES +JOBS +COMPLETE +FAILED +UNFINISHED +MISSED +WITHIN 50m +WORST SEED +JOB P50 +JOB P95 +JOB MAX +POD WAIT P95 +PENDING PEAK +CPU USE +CPU PEAK$/);
    expect(lines[4]).toMatch(/^batch=2 +2 +3 +3 +0 +0 +0 +0\.0% \* +0\.0% .* 100\.0%$/);
    expect(lines[6]).toMatch(/^batch=4 +4 +3 +3 +0 +0 +0 +100\.0% +100\.0% /);
    expect(r.stdout).toContain('Smallest size meeting 90.0%: batch=4 (4 node(s)): 100.0% of Jobs within 50m.');
  });

  it('-o json is a SweepResult with every run', () => {
    const r = sweepSync([burst, '--pool', 'batch=2,4', '--seeds', '5..6', '-o', 'json']);
    const res = JSON.parse(r.stdout);
    expect(res).toMatchObject({ apiVersion: 'jobsim/v1alpha1', kind: 'SweepResult', metadata: { name: 'capacity-burst' }, spec: { seeds: [5, 6], withinSeconds: null, target: null }, smallest: null });
    expect(res.rows.map((x: { pools: object; runs: unknown[] }) => [x.pools, x.runs.length])).toEqual([
      [{ batch: 2 }, 2],
      [{ batch: 4 }, 2],
    ]);
  });

  it('--within alone takes a 95% target', () => {
    const res = JSON.parse(sweepSync([burst, '--seeds', '1', '--within', '3h', '-o', 'json']).stdout);
    expect(res.spec).toMatchObject({ withinSeconds: 10800, target: 0.95 });
    expect(res.smallest).toEqual({ pools: {}, nodes: 2, withinSloShare: 1 });
  });

  it('reports every problem of the flags and of the scenario at once, exit 2, nothing run', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}\nspec:\n  parallelism: -1\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: i}]\n');
    const r = sweepSync([bad, '--pool', 'x', '--seeds', '0', '--target', '150%', '-o', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      '<flags>: --output: unsupported output "yaml": supported values: "text", "json"',
      '<flags>: --pool: "x": expected NAME=COUNTS, e.g. batch=2,4,8 or batch=2..6',
      '<flags>: --seeds: invalid seeds "0": a count N >= 1 or a range A..B',
      '<flags>: --target: invalid target "150%": a share such as 95% or 0.95',
      '<flags>: --target: needs --within (the service level the share is of)',
      `${bad}:5:3: Job default/x: spec.parallelism: Invalid value: -1: must be greater than or equal to 0`,
      '6 problem(s) found; nothing was simulated.',
      '',
    ]);
  });

  it('names an unknown pool, and a size the scenario cannot have', () => {
    expect(sweepSync([burst, '--pool', 'gpu=1']).stderr).toContain('<flags>: --pool: unknown pool "gpu": the scenario\'s pools are "batch"');
    const r = sweepSync([join(root, 'scenarios/node-failure.yaml'), '--pool', 'worker=1..3', '--seeds', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('--pool worker=1: Simulation node-failure: spec.faults[0].nodeDown: nodes "worker-2" not found\n1 problem(s) found; nothing was simulated.\n');
  });

  it('--parallel spreads the runs over worker threads and prints the same bytes', async () => {
    const args = [burst, '--pool', 'batch=2..4', '--seeds', '2', '--within', '1h', '-o', 'json'];
    const serial = sweepSync(args);
    const parallel = runSweepCommand([...args, '--parallel', '2']);
    expect(parallel).toBeInstanceOf(Promise);
    const r = await parallel;
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(serial.stdout);
    expect(sweepSync([burst, '--parallel', '0']).stderr).toContain('<flags>: --parallel: invalid thread count "0": an integer from 1 to 64');
  }, 60_000);

  it('prints the runs\' warnings as jobsim run does, each once, with how many runs gave it (serial and parallel alike)', async () => {
    const f = join(dir, 'warn.yaml');
    writeFileSync(
      f,
      `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: w}
spec:
  duration: 1h
  cluster:
    nodePools: [{name: p, count: 2, capacity: {cpu: "4", memory: 8Gi, pods: 110}}]
  faults:
    - {at: 10m, deleteNode: p-2}
    - {at: 20m, nodeDown: p-2, for: 5m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x}]
`,
    );
    const args = [f, '--pool', 'p=2,3', '--seeds', '3'];
    const r = sweepSync(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('warning: (6 of 6 runs, first p=2 seed 1) 2026-01-01T00:20:00Z: fault nodeDown: node p-2 does not exist any more\n');
    expect((await runSweepCommand([...args, '--parallel', '2'])).stderr).toBe(r.stderr);
    expect(sweepSync([f, '--pool', 'p=3', '--seeds', '5..5']).stderr).toBe('warning: (run p=3 seed 5) 2026-01-01T00:20:00Z: fault nodeDown: node p-2 does not exist any more\n');
  }, 60_000);

  it('--svg draws the sweep into a file beside the table; standard output is refused', () => {
    const out = join(dir, 'sweep.svg');
    const r = sweepSync([burst, '--pool', 'batch=2,4', '--seeds', '1', '--svg', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('POOLS');
    expect(readFileSync(out, 'utf8')).toContain('<title>batch=4: pending peak 4</title>');
    expect(sweepSync([burst, '--svg', '-']).stderr).toContain('<flags>: --svg: the picture needs a file path (standard output carries the report)');
  });

  it('refuses a picture it could not write before running anything, and a seed count too large to list', () => {
    const r = sweepSync([burst, '--svg', join(dir, 'no/such/dir.svg')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/<flags>: --svg: .*dir\.svg: cannot write the picture: ENOENT/);
    expect(sweepSync([burst, '--seeds', '99999999999999999999']).stderr).toContain('is more than the 10000 a sweep may run');
  });

  it('limits a sweep to 10,000 runs', () => {
    const r = sweepSync([burst, '--pool', 'batch=1..200', '--seeds', '51']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<flags>: --seeds: 10200 runs (sizes x seeds) is more than the 10000 a sweep may run');
  });

  it('has help, and is listed in the main help', () => {
    expect(mainSync(['sweep', '--help']).stdout).toContain('Usage: jobsim sweep FILE...');
    expect(mainSync(['help', 'sweep']).stdout).toContain('--within D');
    expect(mainSync(['--help']).stdout).toContain('jobsim sweep FILE... [flags]');
  });
});
