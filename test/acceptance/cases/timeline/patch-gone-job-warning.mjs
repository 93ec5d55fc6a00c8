// A patch that reaches a Job the TTL controller already deleted fails as `kubectl patch` would
// (NotFound) and the run goes on; the warning names the patch (not a delete) and the Job.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gone}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: j, spec: {parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'timeline/patch-gone-job-warning',
  source: 'kubectl patch on a deleted object: Error from server (NotFound): jobs.batch "j" not found; README (warnings on stderr for actions that find nothing); ttlafterfinished_controller.go (ttl 0)',
  scenario,
  check(r, h) {
    h.eq(h.sec(h.job('j').metadata.deletionTimestamp), 11, 'deleted by TTL');
    h.eq(h.job('j').spec.parallelism, 1, 'the patch did not apply');
    const dir = mkdtempSync(join(tmpdir(), 'tl-'));
    const f = join(dir, 'gone.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const w = p.stderr.split('\n').filter((l) => l.includes('jobs.batch "j" not found'));
    h.eq(w.length, 1, `one warning: ${p.stderr}`);
    h.assert(w[0].includes('2026-01-01T00:01:00Z') && /patch/.test(w[0]) && !/delete/.test(w[0]), `the warning names the patch: ${w[0]}`);
  },
};
