// A duration beyond what the clock can represent (Go's time.ParseDuration rejects anything over
// 2562047h as "invalid duration"; 100000000d is far beyond even a JavaScript Date) is invalid input:
// exit 2 at spec.duration (and for --duration), never "internal error: Invalid time value" (exit 1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
export default {
  id: 'inputerrors/duration-overflow',
  source: 'CONTRACT.md §1 (exit 2 invalid input, 1 internal error), §2 ("Go-style durations plus d"); Go time.ParseDuration (overflow → `time: invalid duration`)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 100000000d
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.assert(/\.yaml:5:3: Simulation s: spec\.duration: Invalid value: "100000000d"/m.test(r.stderr), `spec.duration refused: ${r.stderr}`);
    const dir = mkdtempSync(join(tmpdir(), 'dur-'));
    const f = join(dir, 'j.yaml');
    writeFileSync(f, 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      containers: [{name: c, image: busybox}]\n      restartPolicy: Never\n');
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '--duration', '100000000d', '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 2, `--duration 100000000d exit (${p.stderr.trim()})`);
    h.assert(/--duration/.test(p.stderr) && !/internal error/.test(p.stderr), p.stderr);
  },
};
