// `jobsim check --seed N` out of range is the flag's problem, reported before any world runs, as
// `jobsim run --seed` and `jobsim sweep --seed` report it (`<flags>: --seed: ...`). Found: check runs
// the first world(s), then blames `check: Simulation c: spec.seed: Invalid value: 9007199254740992`,
// a value the user never wrote, in a field the file does not have, with no file or position.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  check:
    properties:
    - {job: a, maxFailed: 3}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'robust/check-seed-flag-attribution',
  source: 'CONTRACT.md §1 (exit 2: stderr names the field path and what is wrong); src/cli/check.ts int(--seed) has no safe-integer check, unlike src/cli/main.ts and src/cli/sweep.ts',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const f = join(dir, 'c.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    for (const args of [['--seed', '99999999999999999999', '--runs', '2'], ['--seed', '9007199254740991', '--runs', '2']]) {
      const p = spawnSync(bin, ['check', f, ...args], { encoding: 'utf8', timeout: 30_000 });
      h.eq(p.status, 2, `check ${args.join(' ')} exit`);
      h.assert(/^<flags>: --seed: /m.test(p.stderr), `the --seed flag is named: ${p.stderr.slice(0, 200)}`);
      h.assert(!/spec\.seed/.test(p.stderr), `not blamed on spec.seed: ${p.stderr.slice(0, 200)}`);
    }
  },
};
