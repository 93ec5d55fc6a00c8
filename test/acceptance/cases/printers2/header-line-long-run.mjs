// The report's first line: "Simulation NAME: seed N, START to END (<length> virtual, ended by <reason>)"; the
// length of a 26h30m run reads "1d2h30m", and the kubectl command line carries "# at END".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: longrun}
spec:
  seed: 9
  duration: 26h30m
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers2/header-line-long-run',
  source: 'README "The text report"; CONTRACT §1 (--duration, -o text); jobsim formatDuration (Go-style durations plus d)',
  scenario,
  check(r, h) {
    h.eq([r.spec.end, r.spec.endedBy], ['2026-01-02T02:30:00Z', 'duration'], 'spec');
    const dir = mkdtempSync(join(tmpdir(), 'p2-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const lines = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f], { encoding: 'utf8' }).stdout.split('\n');
    h.eq(lines[0], 'Simulation longrun: seed 9, 2026-01-01T00:00:00Z to 2026-01-02T02:30:00Z (1d2h30m virtual, ended by duration)', 'header');
    h.eq(lines[1], '', 'blank line');
    h.eq(lines[2], '$ kubectl get cronjobs,jobs,pods -o wide   # at 2026-01-02T02:30:00Z', 'command line');
  },
};
