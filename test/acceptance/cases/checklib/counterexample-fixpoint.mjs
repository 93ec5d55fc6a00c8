// A counterexample is minimal for the shrinker: checking it again (`jobsim check X.counterexample.yaml
// --runs 1`, the printed replay) breaks the same property with the same message in world 1 of 1 with
// the recorded seed, and the counterexample it writes is the same scenario (only the comment header,
// which names the command, differs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import shrink from './shrink-faults-and-run.mjs';
const body = (t) => t.split('\n').filter((l) => !l.startsWith('#')).join('\n');
export default {
  id: 'checklib/counterexample-fixpoint',
  source: 'CONTRACT.md §1 (a minimal scenario that still breaks it); README (Replay: ... or: jobsim check X.counterexample.yaml --runs 1)',
  scenario: shrink.scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'fix-'));
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    writeFileSync(join(dir, 'w.yaml'), shrink.scenario);
    const p1 = spawnSync(bin, ['check', 'w.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p1.status, 1, 'first check');
    const p2 = spawnSync(bin, ['check', 'w.counterexample.yaml', '--runs', '1'], { encoding: 'utf8', cwd: dir });
    h.eq(p2.status, 1, 'second check');
    h.eq(p2.stdout.split('\n')[0], 'Property broken in world 1 of 1 (seed 1):', 'world 1 of 1, recorded seed');
    h.eq(p2.stdout.split('\n')[1], p1.stdout.split('\n')[2].replace(/^Shrunk \(\d+ runs\) to: /, '  '), 'the shrunk property and message');
    h.eq(body(readFileSync(join(dir, 'w.counterexample.counterexample.yaml'), 'utf8')), body(readFileSync(join(dir, 'w.counterexample.yaml'), 'utf8')), 'same scenario');
  },
};
