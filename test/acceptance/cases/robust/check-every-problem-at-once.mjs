// "every problem at once": `jobsim run` lists flag problems, unreadable files and the problems of the
// other files together (inputerrors/cli-files-missing-directory-order). `jobsim check` must too. Found:
// a bad --runs hides the scenario's own problems, and a missing file hides the other file's problems.
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
  backoffLimit: -1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'robust/check-every-problem-at-once',
  source: 'README "Invalid input is reported all at once, one line per problem"; CONTRACT.md §1 exit 2 "for every problem found"; src/cli/check.ts returns on flag/read problems before loadScenario',
  exit: 2,
  scenario,
  check(r, h) {
    h.assert(/:13:3: Job default\/a: spec\.backoffLimit: Invalid value: -1: must be greater than or equal to 0/.test(r.stderr), `run reports it: ${r.stderr}`);
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const f = join(dir, 'c.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    let p = spawnSync(bin, ['check', f, '--runs', '0'], { encoding: 'utf8', timeout: 30_000 });
    h.eq(p.status, 2, 'exit');
    h.assert(/--runs/.test(p.stderr), `--runs reported: ${p.stderr}`);
    h.assert(/c\.yaml:13:3: Job default\/a: spec\.backoffLimit/.test(p.stderr), `the scenario's problem is reported with the flag's: ${p.stderr}`);
    p = spawnSync(bin, ['check', join(dir, 'missing.yaml'), f], { encoding: 'utf8', timeout: 30_000 });
    h.eq(p.status, 2, 'exit');
    h.assert(/missing\.yaml: no such file/.test(p.stderr), `missing file reported: ${p.stderr}`);
    h.assert(/c\.yaml:13:3: Job default\/a: spec\.backoffLimit/.test(p.stderr), `the other file's problem is reported too: ${p.stderr}`);
  },
};
