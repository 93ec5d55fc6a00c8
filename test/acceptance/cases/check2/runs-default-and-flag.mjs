// Worlds to explore: "--runs N (default: check.runs, else 100)"; the base seed: --seed, else the
// file's. A property that always breaks shows the count in "world 1 of N": no check.runs and no flag
// -> 100; check.runs 7 -> 7; check.runs 7 with --runs 3 -> 3 (the flag overrides), and --seed 9 starts
// at seed 9. A property that always holds: "N world(s) explored from seed B".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (runs, max) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rn}
spec:
  seed: 4
  check:
${runs}    properties:
    - {job: j, maxFailed: ${max}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'check2/runs-default-and-flag',
  source: 'jobsim check --help (--runs N: default check.runs, else 100; --seed N: default the file\'s seed); README Simulation document (check.runs: the --runs flag overrides)',
  scenario: scenario('', 0),
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'rdf-'));
    writeFileSync(join(dir, 'none.yaml'), scenario('', 0));
    writeFileSync(join(dir, 'seven.yaml'), scenario('    runs: 7\n', 0));
    writeFileSync(join(dir, 'ok.yaml'), scenario('    runs: 7\n', 1));
    const first = (args) => spawnSync(bin, ['check', ...args], { encoding: 'utf8', cwd: dir }).stdout.split('\n')[0];
    h.eq(first(['none.yaml']), 'Property broken in world 1 of 100 (seed 4):', 'default 100 worlds, file seed');
    h.eq(first(['seven.yaml']), 'Property broken in world 1 of 7 (seed 4):', 'check.runs');
    h.eq(first(['seven.yaml', '--runs', '3', '--seed', '9']), 'Property broken in world 1 of 3 (seed 9):', 'flags override');
    const p = spawnSync(bin, ['check', 'ok.yaml', '--runs', '5'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, 'holds');
    h.assert(p.stdout.startsWith('5 world(s) explored from seed 4:'), p.stdout);
    const q = spawnSync(bin, ['check', 'ok.yaml'], { encoding: 'utf8', cwd: dir });
    h.assert(q.stdout.startsWith('7 world(s) explored from seed 4:'), q.stdout);
  },
};
