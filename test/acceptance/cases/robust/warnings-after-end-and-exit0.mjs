// A timeline action and a fault past the end of the run are not errors: the run goes on (exit 0) and each
// is a warning on stderr naming when it would have happened and the end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 1h
  faults:
  - {at: 2h, nodeDown: node-1, for: 5m}
  timeline:
  - {at: 3h, patch: {kind: Job, name: a, spec: {suspend: true}}}
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
  id: 'robust/warnings-after-end-and-exit0',
  source: 'README (faults and timeline; warnings on stderr); CONTRACT.md §1 exit 0 the simulation ran',
  scenario,
  check(r, h) {
    h.eq(r.spec.end, '2026-01-01T01:00:00Z', 'end');
    h.hasCond(h.job('a'), 'Complete');
    h.eq(h.job('a').spec.suspend, false, 'the patch never happened');
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    h.assert(/^warning: spec\.faults\[0\] at \+2h is after the end of the run \(\+1h\): it never happens$/m.test(p.stderr), p.stderr);
    h.assert(/^warning: 1 timeline action\(s\) fall after the end of the run \(\+1h\): they never happen$/m.test(p.stderr), p.stderr);
  },
};
