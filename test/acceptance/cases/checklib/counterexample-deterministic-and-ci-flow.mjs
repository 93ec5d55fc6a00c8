// Determinism: the same scenario and base seed give the same counterexample file, byte for byte (the
// faults are drawn from each world's seed). README "a policy check in CI": the counterexample is
// kept as a regression test with `jobsim run X.counterexample.yaml --record X.golden`, then
// `--expect X.golden` (exit 0 while nothing changes).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
export default {
  id: 'checklib/counterexample-deterministic-and-ci-flow',
  source: 'CONTRACT.md §3 (same documents and seed: byte-identical output); README "For platform engineers: a policy check in CI" (--record X.golden, then --expect)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/check-broken-policy.yaml'), 'utf8'),
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const texts = [];
    for (const k of [0, 1]) {
      const dir = mkdtempSync(join(tmpdir(), `det${k}-`));
      copyFileSync(join(process.cwd(), 'scenarios/check-broken-policy.yaml'), join(dir, 'x.yaml'));
      const p = spawnSync(bin, ['check', 'x.yaml', '--seed', '40'], { encoding: 'utf8', cwd: dir });
      h.eq(p.status, 1, 'exit');
      h.assert(p.stdout.includes('Replay: jobsim run x.counterexample.yaml\n'), `relative replay path: ${p.stdout}`);
      texts.push({ dir, out: p.stdout, ce: readFileSync(join(dir, 'x.counterexample.yaml'), 'utf8') });
    }
    h.eq(texts[1].out, texts[0].out, 'same stdout');
    h.eq(texts[1].ce, texts[0].ce, 'same counterexample bytes');
    const m = /world (\d+) of 200 \(seed (\d+)\)/.exec(texts[0].out);
    h.eq(Number(m[2]), 40 + Number(m[1]) - 1, 'world k has seed 40+k-1');
    const { dir } = texts[0];
    let p = spawnSync(bin, ['run', 'x.counterexample.yaml', '-o', 'summary', '--record', 'x.golden'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `record: ${p.stderr}`);
    p = spawnSync(bin, ['run', 'x.counterexample.yaml', '-o', 'summary', '--expect', 'x.golden'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `expect: ${p.stderr}`);
    h.eq(p.stderr, '', 'no divergence printed');
  },
};
