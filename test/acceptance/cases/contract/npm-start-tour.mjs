// Contract §1: `npm start` runs the default scenario scenarios/tour.yaml and prints the text report,
// the same report as `jobsim run scenarios/tour.yaml`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
export default {
  id: 'contract/npm-start-tour',
  source: 'CONTRACT.md §1 (npm start: runs the default scenario scenarios/tour.yaml and prints the text report)',
  timeoutMs: 120_000,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: noop}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const npm = spawnSync('npm', ['start', '--silent'], { encoding: 'utf8', timeout: 110_000 });
    h.eq(npm.status, 0, `npm start exit: ${npm.stderr.slice(0, 200)}`);
    const direct = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', 'scenarios/tour.yaml'], { encoding: 'utf8' });
    h.eq(direct.status, 0, 'jobsim run tour exit');
    h.assert(npm.stdout.includes(direct.stdout.trim()), 'npm start prints the report of jobsim run scenarios/tour.yaml');
    h.assert(/kubectl get cronjobs,jobs,pods -o wide/.test(direct.stdout) && /^NAME\s+STATUS\s+COMPLETIONS/m.test(direct.stdout), 'a kubectl-like table');
  },
};
