// The counterexample must replay (CONTRACT §1: `jobsim run NAME.counterexample.yaml` replays the
// failure). jobsim reads scalars as kubectl's go-yaml v2 does, where a plain 0o644 is the integer 420
// (checklib/yaml11-scalars-like-run), so a string such as an env value "0o644" or an annotation
// "0o17" must be written quoted, as must the other look-alikes ("0x1F", "1:30", "yes", "1_000"),
// and `jobsim run` of the counterexample reads them back as the strings they were.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: oct}
spec:
  check:
    runs: 1
    properties:
    - {job: j, maxFailed: 0}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: j
  annotations: {mode: "0o17", hex: "0x1F", clock: "1:30", answer: "yes", big: "1_000"}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers:
      - name: c
        image: busybox:1.36
        env: [{name: UMASK, value: "0o644"}]
      restartPolicy: Never
`;
export default {
  id: 'check2/counterexample-octal-like-string',
  source: 'CONTRACT §1 (jobsim run NAME.counterexample.yaml replays the failure); README scenario format (scalars read as kubectl reads them, 0o17 octal)',
  scenario,
  check(r, h) {
    h.eq(h.job('j').metadata.annotations.mode, '0o17', 'run: the annotation is the string 0o17');
    h.eq(h.job('j').status.failed, 1, 'run: status.failed 1');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'oct-'));
    writeFileSync(join(dir, 'o.yaml'), scenario);
    const p = spawnSync(bin, ['check', 'o.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 1, 'check: exit 1');
    const run = spawnSync(bin, ['run', 'o.counterexample.yaml', '-o', 'json'], { encoding: 'utf8', cwd: dir });
    h.eq(run.status, 0, `the counterexample replays (got: ${run.stderr.split('\n')[0]})`);
    const j = JSON.parse(run.stdout).items.find((o) => o.kind === 'Job');
    h.eq(j.metadata.annotations, h.job('j').metadata.annotations, 'annotations as written');
    h.eq(j.spec.template.spec.containers[0].env, [{ name: 'UMASK', value: '0o644' }], 'env as written');
    h.eq(j.status.failed, 1, 'replay: status.failed 1');
  },
};
