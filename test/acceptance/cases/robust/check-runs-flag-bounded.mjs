// `jobsim check --runs N` is bounded like the file's `check.runs` (1..1000000, inputerrors/check-section-errors):
// a flag of 10^23 worlds must be refused as invalid input (exit 2, `<flags>: --runs`), not accepted and
// then explored forever (a hang). Found: `jobsim check c.yaml --runs 99999999999999999999999` never returns.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  check:
    runs: 5
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
  id: 'robust/check-runs-flag-bounded',
  source: 'README "jobsim check" + project bar (exit 2 for bad input, never a hang); the file\'s check.runs is limited to 1..1000000 (src/scenario/validate.ts), src/cli/check.ts int() has no upper bound',
  scenario,
  timeoutMs: 90_000,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const f = join(dir, 'c.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    for (const n of ['99999999999999999999999', '1000001']) {
      const p = spawnSync(bin, ['check', f, '--runs', n], { encoding: 'utf8', timeout: 20_000 });
      h.assert(p.signal === null, `check --runs ${n}: still running after 20s (killed by ${p.signal})`);
      h.eq(p.status, 2, `check --runs ${n} exit`);
      h.assert(/--runs/.test(p.stderr) && /<flags>/.test(p.stderr), `names the flag: ${p.stderr.slice(0, 200)}`);
      h.eq(p.stdout, '', 'nothing on stdout');
    }
  },
};
