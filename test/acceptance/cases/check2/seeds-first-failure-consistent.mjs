// Worlds are seed, seed+1, ... and "stops at the first failure": on scenarios/check-broken-policy.yaml
// (base seed 1), the first broken world is world k with seed S = k. Then `--runs k-1` explores k-1
// worlds that all hold (exit 0, "k-1 world(s) explored from seed 1"), and `--seed S --runs 1`
// breaks in world 1 of 1 (seed S) with the same property and message: a world is its seed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
export default {
  id: 'check2/seeds-first-failure-consistent',
  source: 'README jobsim check (runs N worlds (seed, seed+1, ...), each with faults drawn from its seed ... stops at the first failure); CONTRACT §1 (--runs N, --seed N)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/check-broken-policy.yaml'), 'utf8'),
  timeoutMs: 120_000,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'sff-'));
    copyFileSync(join(process.cwd(), 'scenarios/check-broken-policy.yaml'), join(dir, 'p.yaml'));
    const a = spawnSync(bin, ['check', 'p.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(a.status, 1, 'exit');
    const m = /^Property broken in world (\d+) of 200 \(seed (\d+)\):$/.exec(a.stdout.split('\n')[0]);
    h.assert(m, a.stdout);
    const k = Number(m[1]), S = Number(m[2]);
    h.eq(S, k, 'world k has seed 1+k-1');
    h.assert(k > 1, 'a world after the first');
    const b = spawnSync(bin, ['check', 'p.yaml', '--runs', String(k - 1)], { encoding: 'utf8', cwd: dir });
    h.eq(b.status, 0, `the ${k - 1} worlds before it hold: ${b.stdout.trim()}`);
    h.assert(b.stdout.startsWith(`${k - 1} world(s) explored from seed 1:`), b.stdout);
    const c = spawnSync(bin, ['check', 'p.yaml', '--seed', String(S), '--runs', '1'], { encoding: 'utf8', cwd: dir });
    h.eq(c.status, 1, 'the world of seed S alone');
    h.eq(c.stdout.split('\n').slice(0, 2), [`Property broken in world 1 of 1 (seed ${S}):`, a.stdout.split('\n')[1]], 'same world, same failure');
  },
};
