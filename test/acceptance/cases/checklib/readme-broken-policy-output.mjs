// README "jobsim check: search for a world that breaks your policy": the example session on
// scenarios/check-broken-policy.yaml prints exactly these lines (world 25 of 200, seed 25; the
// shrunk property; the counterexample path; the two replay commands), and exits 1.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
export default {
  id: 'checklib/readme-broken-policy-output',
  source: 'README "jobsim check" example session (check-broken-policy.yaml, world 25 of 200, Shrunk (14 runs)); CONTRACT.md §1 (exit 1, prints which property and the seed, the replay command)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/check-broken-policy.yaml'), 'utf8'),
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'cbp-'));
    const f = join(dir, 'check-broken-policy.yaml');
    copyFileSync(join(process.cwd(), 'scenarios/check-broken-policy.yaml'), f);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 1, 'exit');
    const ce = join(dir, 'check-broken-policy.counterexample.yaml');
    const lines = p.stdout.trimEnd().split('\n');
    h.eq(lines[0], 'Property broken in world 25 of 200 (seed 25):', 'line 1');
    h.eq(lines[1], '  job default/etl: maxFailed 3: Job etl has status.failed = 4, more than 3', 'line 2');
    h.eq(lines[2], 'Shrunk (14 runs) to: job default/etl: maxFailed 3: Job etl has status.failed = 4, more than 3', 'line 3');
    h.assert(new RegExp(`^Counterexample written to ${ce.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ lines\\)$`).test(lines[3]), `line 4: ${lines[3]}`);
    h.eq(lines[4], `Replay: jobsim run ${ce}`, 'line 5');
    h.eq(lines[5], `   or: jobsim check ${ce} --runs 1`, 'line 6');
    h.eq(lines.length, 6, 'six lines');
  },
};
