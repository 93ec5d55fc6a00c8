// Contract §1: `jobsim run FILE...` simulates the scenario made of all documents of all files; `-` reads
// stdin. The Simulation in one file and the Job in another (in either order, or via stdin) give the
// same output as one file holding both.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const simDoc = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: split}
spec:
  seed: 9
  duration: 10m
`;
const jobDoc = `apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  completions: 2
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'contract/multi-file-and-stdin',
  source: 'CONTRACT.md §1 (jobsim run FILE... simulates all documents in FILE...; - reads stdin)',
  scenario: `${simDoc}---\n${jobDoc}`,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'multi-'));
    const a = join(dir, 'sim.yaml'), b = join(dir, 'job.yaml');
    writeFileSync(a, simDoc);
    writeFileSync(b, jobDoc);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const want = JSON.stringify(r, null, 2) + '\n';
    for (const [args, input, what] of [[[a, b], undefined, 'two files'], [[b, a], undefined, 'two files reversed'], [[a, '-'], jobDoc, 'file and stdin'], [['-'], `${simDoc}---\n${jobDoc}`, 'stdin only']]) {
      const p = spawnSync(bin, ['run', ...args, '-o', 'json'], { encoding: 'utf8', input });
      h.eq(p.status, 0, `${what}: exit (${p.stderr.slice(0, 120)})`);
      h.eq(p.stdout, want, what);
    }
    h.eq([r.metadata.name, r.spec.seed], ['split', 9], 'the Simulation of the other file applies');
  },
};
