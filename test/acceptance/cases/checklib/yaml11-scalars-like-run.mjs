// `jobsim check` must decode scalars as `jobsim run` (kubectl's go-yaml v2) does: a date-like or
// `1:30` annotation value stays a string, `0o17` is octal 15. A scenario that `jobsim run` accepts
// is not "invalid input" for `jobsim check`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sc}
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
  annotations: {released: 2026-01-01, window: 1:30}
spec:
  backoffLimit: 0o17
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'checklib/yaml11-scalars-like-run',
  source: 'README Scenario format (scalars read as kubectl reads them, go-yaml v2: 0o17 octal, timestamps stay strings); CONTRACT.md §1 (check exit 2: invalid input)',
  scenario,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.metadata.annotations, { released: '2026-01-01', window: '1:30' }, 'run: annotations are strings');
    h.eq(j.spec.backoffLimit, 15, 'run: 0o17 is 15');
    const dir = mkdtempSync(join(tmpdir(), 'sc-'));
    const f = join(dir, 'sc.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 0, `check exit (${(p.stdout + p.stderr).split('\n').slice(0, 3).join(' | ')})`);
  },
};
