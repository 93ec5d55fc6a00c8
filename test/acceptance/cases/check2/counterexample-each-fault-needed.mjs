// The counterexample is "a minimal scenario that still breaks it" (the shrinker drops faults one at a
// time). On scenarios/check-broken-policy.yaml from two base seeds (1 and 60): the counterexample
// replayed with jobsim run breaks maxFailed 3 (etl status.failed > 3), and removing any single one of
// its faults gives a scenario where it no longer breaks: every fault written out is needed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
export default {
  id: 'check2/counterexample-each-fault-needed',
  source: 'CONTRACT §1 (writes a minimal scenario that still breaks it); README jobsim check (shrinks: drops faults)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/check-broken-policy.yaml'), 'utf8'),
  timeoutMs: 120_000,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'cmin-'));
    copyFileSync(join(process.cwd(), 'scenarios/check-broken-policy.yaml'), join(dir, 'p.yaml'));
    const failed = (docs) => {
      writeFileSync(join(dir, 'try.yaml'), docs.map((d) => YAML().stringify(d, { version: '1.1' })).join('---\n'));
      const p = spawnSync(bin, ['run', 'try.yaml', '-o', 'summary'], { encoding: 'utf8', cwd: dir });
      h.eq(p.status, 0, `run: ${p.stderr.slice(0, 200)}`);
      const run = spawnSync(bin, ['run', 'try.yaml', '-o', 'json'], { encoding: 'utf8', cwd: dir, maxBuffer: 1 << 28 });
      return JSON.parse(run.stdout).items.find((o) => o.kind === 'Job' && o.metadata.name === 'etl').status.failed ?? 0;
    };
    for (const seed of ['1', '60']) {
      const p = spawnSync(bin, ['check', 'p.yaml', '--seed', seed], { encoding: 'utf8', cwd: dir });
      h.eq(p.status, 1, `seed ${seed}: exit`);
      const docs = YAML().parseAllDocuments(readFileSync(join(dir, 'p.counterexample.yaml'), 'utf8')).map((d) => d.toJS());
      const sim = docs.find((d) => d.kind === 'Simulation');
      const faults = sim.spec.faults ?? [];
      h.assert(faults.length >= 1, `seed ${seed}: faults written out`);
      h.assert(failed(docs) > 3, `seed ${seed}: the counterexample breaks maxFailed 3`);
      faults.forEach((f, i) => {
        const fewer = structuredClone(docs);
        fewer.find((d) => d.kind === 'Simulation').spec.faults = faults.filter((_, j) => j !== i);
        const n = failed(fewer);
        h.assert(n <= 3, `seed ${seed}: without fault ${JSON.stringify(f)} it still breaks (status.failed ${n}): not minimal`);
      });
    }
  },
};
