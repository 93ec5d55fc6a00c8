// README/contract §2: without duration and without a CronJob the run goes until nothing more can happen
// (endedBy quiet); a run that never gets quiet stops at the 10-year limit (endedBy limit).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
export default {
  id: 'contract/quiet-and-limit',
  source: 'CONTRACT.md §2 ("runs until nothing more can happen"); README spec.endedBy (quiet, limit: the 10-year limit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: short}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "25m"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(r.spec.endedBy, 'quiet', 'endedBy');
    h.eq(h.job('short').status.completionTime, '2026-01-01T00:25:01Z', 'completion');
    const end = h.sec(r.spec.end);
    h.assert(end >= 1501 && end <= 1502, `quiet end soon after the last change: ${r.spec.end}`);
    const dir = mkdtempSync(join(tmpdir(), 'limit-'));
    const f = join(dir, 'long.yaml');
    writeFileSync(f, `apiVersion: batch/v1
kind: Job
metadata: {name: forever}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "4000d"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'limit run exit');
    const s = JSON.parse(p.stdout);
    h.eq(s.spec.endedBy, 'limit', 'endedBy limit');
    const years = (Date.parse(s.spec.end) - Date.parse(s.spec.start)) / (365.25 * 86400_000);
    h.assert(years > 9.98 && years <= 10.01, `ended about 10 years after the start: ${s.spec.end}`);
  },
};
