// completesWithin: "Complete within that long after its creation". A Job with the default 10s
// container completes at +11s (the Job controller's 1s batching): completesWithin 11s holds (exit 0),
// completesWithin 10s breaks (exit 1) with "Job j completed after 11s".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (d) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cw}
spec:
  check:
    runs: 2
    properties:
    - {job: j, completesWithin: ${d}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'check2/completeswithin-boundary',
  source: 'README jobsim check (completesWithin: Complete within that long after its creation); CONTRACT §2 defaults (a container runs 10s)',
  scenario: scenario('11s'),
  check(r, h) {
    const j = h.job('j');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime) - h.sec(j.metadata.creationTimestamp), 11, 'run: Complete 11s after creation');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'cwb-'));
    writeFileSync(join(dir, 'a.yaml'), scenario('11s'));
    writeFileSync(join(dir, 'b.yaml'), scenario('10s'));
    let p = spawnSync(bin, ['check', 'a.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `completesWithin 11s holds: ${p.stdout}`);
    p = spawnSync(bin, ['check', 'b.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 1, 'completesWithin 10s breaks');
    h.eq(p.stdout.split('\n')[1], '  job default/j: completesWithin 10s: Job j completed after 11s', 'message');
  },
};
