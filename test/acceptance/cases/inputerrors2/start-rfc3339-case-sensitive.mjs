// spec.start is read as Go's time.Parse(time.RFC3339, ...) reads it (the project's own rule for start and
// `at`): the "T" separator and the "Z" zone are upper-case literals there, so "2026-01-01t00:00:00z" is
// refused, while a numeric offset is accepted and converted to UTC.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const sim = (start) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  start: "${start}"
  duration: 1m
`;
export default {
  id: 'inputerrors2/start-rfc3339-case-sensitive',
  source: 'Go time/format_rfc3339.go parseRFC3339 (s[10] == \'T\', s == "Z") and time.Parse fallback (literal layout bytes matched exactly); test/acceptance inputerrors/start-invalid-calendar-date (times as Go\'s time.Parse reads them)',
  exit: 2,
  scenario: sim('2026-01-01t00:00:00z'),
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 1, r.stderr);
    h.assert(lines[0].startsWith('5:3: Simulation s: spec.start: Invalid value: "2026-01-01t00:00:00z"'), lines[0]);
    const dir = mkdtempSync(join(tmpdir(), 'start-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, sim('2026-01-01T00:00:00+02:00'));
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'json'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'offset form runs');
    h.eq(JSON.parse(p.stdout).spec.start, '2025-12-31T22:00:00Z', 'start in UTC');
  },
};
