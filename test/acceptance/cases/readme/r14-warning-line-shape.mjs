// README: what the API server accepts with a warning runs, and the warning goes to stderr as
// `warning: job.yaml:8:7: Job default/g: spec.template.spec.terminationGracePeriodSeconds: must be >= 0;
// negative values are invalid and will be treated as 1` (pkg/api/pod/warnings.go wording), exit 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: batch/v1
kind: Job
metadata:
  name: g
spec:
  template:
    spec:
      terminationGracePeriodSeconds: -5
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'readme/warning-line-shape',
  source: 'README Exit status / warnings ("warning: job.yaml:8:7: Job default/g: spec.template.spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1"); pkg/api/pod/warnings.go warningsForPodSpecAndMeta',
  scenario,
  check(r, h) {
    h.hasCond(h.job('g'), 'Complete');
    const dir = mkdtempSync(join(tmpdir(), 'warn-'));
    const f = join(dir, 'job.yaml'); writeFileSync(f, scenario);
    const p = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    h.assert(p.stderr.includes(`warning: ${f}:8:7: Job default/g: spec.template.spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1`), 'warning line: ' + p.stderr);
  },
};
