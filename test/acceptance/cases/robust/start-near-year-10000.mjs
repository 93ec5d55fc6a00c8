// A run that would pass 9999-12-31T23:59:59Z cannot write its timestamps in RFC 3339 (four-digit
// years). Found: start 9999-12-31T23:59:55Z runs (exit 0) and writes "+010000-01-01T00:00:06Z"
// (JavaScript's expanded-year ISO form) in completionTime, creationTimestamp, events and spec.end.
// The bar: such a start is invalid input at spec.start (exit 2), or at the least no timestamp leaves
// RFC 3339. This case accepts either, and fails on the "+010000" form.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  start: "9999-12-31T23:59:55Z"
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'robust/start-near-year-10000',
  source: 'CONTRACT.md §3 "Timestamp fields are RFC 3339 in UTC with second precision"; RFC 3339 date-fullyear = 4DIGIT',
  scenario: 'apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: s}\n',
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const p = spawnSync(bin, ['run', f, '-o', 'json'], { encoding: 'utf8', timeout: 30_000, maxBuffer: 1e8 });
    if (p.status === 2) {
      h.assert(/s\.yaml:5:3: Simulation s: spec\.start/.test(p.stderr), `refused at spec.start: ${p.stderr}`);
      return;
    }
    h.eq(p.status, 0, 'exit');
    const bad = p.stdout.match(/"[+-]\d{6}-\d\d-\d\dT[^"]*"/g) ?? [];
    h.eq(bad.slice(0, 2), [], 'timestamps outside RFC 3339');
  },
};
