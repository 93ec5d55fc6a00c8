// `--trace`, `--record` or `--svg` naming one of the scenario files would truncate the user's scenario
// (the outputs are opened for writing after the inputs are read). Found: `jobsim run x.yaml --trace
// x.yaml` exits 0 and x.yaml now holds the trace; `--trace t --record t` write both into one file. The
// bar ("never a silent default for a typo"): refuse it as a bad argument (exit 2) and leave the file alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'robust/output-file-is-input',
  source: 'project bar (bad input: exit 2, nothing simulated); src/cli/main.ts openOutputs opens with "w" after readInputs',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    for (const flag of ['--trace', '--record', '--svg']) {
      const f = join(dir, `x${flag}.yaml`);
      writeFileSync(f, scenario);
      const p = spawnSync(bin, ['run', f, flag, f, '-o', 'summary'], { encoding: 'utf8', timeout: 30_000 });
      h.eq(readFileSync(f, 'utf8'), scenario, `${flag} FILE leaves the scenario file as it was`);
      h.eq(p.status, 2, `${flag} naming the input: exit`);
    }
    const f = join(dir, 'y.yaml');
    writeFileSync(f, scenario);
    const t = join(dir, 'same.out');
    const p = spawnSync(bin, ['run', f, '--trace', t, '--record', t, '-o', 'summary'], { encoding: 'utf8', timeout: 30_000 });
    h.eq(p.status, 2, '--trace and --record naming one file: exit');
  },
};
