// A misspelt jobsim annotation (jobsim/duraton, jobsim/exit-code) must not silently fall back to the
// default behaviour (10s, exit 0): the project's bar is "never a silent default for a typo". jobsim
// owns the jobsim/ prefix, so an unknown key under it is reported (an error, exit 2, or at least a
// warning on stderr naming the key and its line).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const typo = `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata:
      annotations:
        jobsim/duraton: "30s"
        jobsim/exit-code: "1"
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'inputerrors/annotation-unknown-jobsim-key',
  source: 'CONTRACT.md §2 (the jobsim/duration and jobsim/exit-codes annotations); project bar ("never a silent default for a typo")',
  scenario: typo.replace('jobsim/duraton', 'jobsim/duration').replace('jobsim/exit-code:', 'jobsim/exit-codes:'),
  check(r, h) {
    h.eq(h.exitCodeOf(h.podsOf('j')[0]), 1, 'the correct spelling applies');
    const dir = mkdtempSync(join(tmpdir(), 'ann-'));
    const f = join(dir, 'typo.yaml');
    writeFileSync(f, typo);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.assert(p.status === 2 || p.status === 0, `exit ${p.status}`);
    h.assert(/typo\.yaml:8:9: .*jobsim\/duraton/.test(p.stderr), `jobsim/duraton reported at 8:9: ${JSON.stringify(p.stderr)}`);
    h.assert(/typo\.yaml:9:9: .*jobsim\/exit-code\b/.test(p.stderr), `jobsim/exit-code reported at 9:9: ${JSON.stringify(p.stderr)}`);
  },
};
