// The package's public entry point: simulate() and the testing library.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { InvalidScenarioError, simulate, testing } from '../src/index.ts';
import * as testingSubpath from '../src/testing/index.ts';

describe('public API', () => {
  it('simulate() takes YAML text or documents and returns the SimulationResult', () => {
    const docs = [{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: { template: { spec: { containers: [{ name: 'c', image: 'busybox' }], restartPolicy: 'Never' } } } }];
    const r = simulate(docs, { seed: 3 });
    expect(r.kind).toBe('SimulationResult');
    expect(r.spec.seed).toBe(3);
    expect(r.items!.find((o) => o.kind === 'Job')!.metadata.name).toBe('j');
  });

  it('invalid input throws InvalidScenarioError with every issue', () => {
    const bad = 'apiVersion: batch/v1\nkind: Job\nmetadata: { name: j }\nspec:\n  parallelism: -1\n  template:\n    spec:\n      containers: [{ name: c, image: busybox }]\n';
    try {
      simulate(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidScenarioError);
      expect((e as InvalidScenarioError).issues.length).toBe(2);
    }
    expect(() => simulate(bad.replace('-1', '1'), { duration: 'soon' })).toThrow(/restartPolicy/);
    const good = bad.replace('-1', '1').replace('containers:', 'restartPolicy: Never\n      containers:');
    expect(simulate(good, { seed: 2 }).spec.seed).toBe(2);
    for (const seed of [-1, 1.5]) expect(() => simulate(good, { seed })).toThrow(/invalid seed/);
    // the duration option is the CLI's --duration: positive
    for (const duration of ['soon', '0s', '-5m']) expect(() => simulate(good, { duration })).toThrow(InvalidScenarioError);
  });

  it('exports the testing library both as `testing` and as jobsim/testing', () => {
    expect(testing.runWorld).toBe(testingSubpath.runWorld);
    expect(typeof testing.arbWorld).toBe('function');
  });
});

describe('the package entry points in plain Node (no TypeScript loader)', () => {
  it("import 'jobsim' and 'jobsim/testing' give every runtime export of the sources", async () => {
    const src = await import('../src/index.ts');
    const srcTesting = await import('../src/testing/index.ts');
    const script = [
      "import * as j from 'jobsim';",
      "import * as t from 'jobsim/testing';",
      "const r = j.simulate('apiVersion: batch/v1\\nkind: Job\\nmetadata: {name: a}\\nspec:\\n  template:\\n    spec:\\n      restartPolicy: Never\\n      containers: [{name: c, image: busybox}]\\n');",
      'console.log(JSON.stringify({ j: Object.keys(j).sort(), t: Object.keys(t).sort(), succeeded: r.items.find((o) => o.kind === "Job").status.succeeded }));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    const got = JSON.parse(out) as { j: string[]; t: string[]; succeeded: number };
    expect(got.j).toEqual(Object.keys(src).sort());
    expect(got.t).toEqual(Object.keys(srcTesting).sort());
    expect(got.succeeded).toBe(1);
  });
});
