// `jobsim check` reads the scenario as `jobsim run` does (CONTRACT §1: exit 2 only for invalid input).
// Unquoted RFC 3339 times (README: `at` is an offset or an RFC 3339 time; kubectl's go-yaml v2
// keeps timestamp-like scalars as strings) are valid for `jobsim run`; `jobsim check` must accept
// them too, and must never report a problem without the file and position ("check: ...").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ts}
spec:
  start: 2026-03-01T00:00:00Z
  duration: 2h
  faults:
  - {at: 2026-03-01T01:00:00Z, nodeDown: node-1, for: 5m}
  check:
    runs: 2
    properties:
    - {job: j, completesWithin: 30m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'checklib/yaml11-timestamps-like-run',
  source: 'CONTRACT.md §1 (jobsim check: exit 2 only for invalid input; exit 2 names file:line:col); README Scenario format (timestamps stay strings; `at` an RFC 3339 time)',
  scenario,
  check(r, h) {
    h.eq(r.spec.start, '2026-03-01T00:00:00Z', 'jobsim run takes the unquoted start');
    h.hasCond(h.job('j'), 'Complete');
    const dir = mkdtempSync(join(tmpdir(), 'ts-'));
    const f = join(dir, 'ts.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.assert(!/^check: /m.test(p.stderr), `no position-less problem: ${p.stderr.split('\n')[0]}`);
    h.eq(p.status, 0, `check exit (${(p.stdout + p.stderr).split('\n')[0]})`);
  },
};
