// `jobsim check` on a scenario whose Simulation has no properties: the problem is in the file that holds
// the Simulation document, at its check section. Found: it names the first FILE argument (here a file
// with only a Job) and no line: `job.yaml: Simulation.spec.check.properties: Required value: ...`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const sim = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  check:
    runs: 5
`;
export default {
  id: 'robust/check-no-properties-position',
  source: 'CONTRACT.md §1 (on exit 2 stderr names the file, the line and column where known, the field path); src/cli/check.ts uses files[0]',
  scenario: job,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    writeFileSync(join(dir, 'job.yaml'), job);
    writeFileSync(join(dir, 'sim.yaml'), sim);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const p = spawnSync(bin, ['check', join(dir, 'job.yaml'), join(dir, 'sim.yaml')], { encoding: 'utf8', timeout: 30_000 });
    h.eq(p.status, 2, 'exit');
    h.assert(/check\.properties/.test(p.stderr), p.stderr);
    h.assert(/sim\.yaml:5:3: /.test(p.stderr), `names sim.yaml at the check key (5:3): ${p.stderr}`);
    h.assert(!/job\.yaml/.test(p.stderr), `does not blame job.yaml: ${p.stderr}`);
  },
};
