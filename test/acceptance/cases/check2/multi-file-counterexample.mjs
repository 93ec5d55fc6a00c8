// "several files make one scenario": `jobsim check sim.yaml job.yaml` with the Simulation (and its
// check section) in one directory and the Job in another. The property breaks: one counterexample
// is written next to the first FILE (sim/sim.counterexample.yaml), holding every document the
// failure needs (the Simulation and the Job from the other file), so that `jobsim run` of that one
// file alone replays the failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
const sim = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mf}
spec:
  check:
    runs: 2
    properties:
    - {job: j, maxFailed: 1}
`;
const job = `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'check2/multi-file-counterexample',
  source: 'CONTRACT §1 (jobsim check FILE...; writes NAME.counterexample.yaml next to FILE; jobsim run NAME.counterexample.yaml replays the failure); README command line (several files make one scenario)',
  scenario: `${sim}---\n${job}`,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'mfc-'));
    mkdirSync(join(dir, 'sim'));
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(join(dir, 'sim', 'sim.yaml'), sim);
    writeFileSync(join(dir, 'jobs', 'job.yaml'), job);
    const p = spawnSync(bin, ['check', 'sim/sim.yaml', 'jobs/job.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 1, `exit: ${p.stderr}`);
    h.eq(p.stdout.split('\n')[1], '  job default/j: maxFailed 1: Job j has status.failed = 2, more than 1', 'property');
    const ce = join(dir, 'sim', 'sim.counterexample.yaml');
    h.assert(existsSync(ce), 'written next to the first FILE');
    h.assert(!existsSync(join(dir, 'jobs', 'job.counterexample.yaml')), 'only one counterexample');
    h.assert(p.stdout.includes('Replay: jobsim run sim/sim.counterexample.yaml\n'), p.stdout);
    const kinds = YAML().parseAllDocuments(readFileSync(ce, 'utf8')).map((d) => d.toJS()?.kind);
    h.eq(kinds.sort(), ['Job', 'Simulation'], 'both documents');
    const run = spawnSync(bin, ['run', 'sim/sim.counterexample.yaml', '-o', 'json'], { encoding: 'utf8', cwd: dir });
    h.eq(run.status, 0, `replay alone: ${run.stderr}`);
    h.eq(JSON.parse(run.stdout).items.find((o) => o.kind === 'Job').status.failed, 2, 'replay: status.failed 2');
  },
};
