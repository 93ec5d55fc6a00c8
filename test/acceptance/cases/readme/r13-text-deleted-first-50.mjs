// README "The text report": the objects deleted during the run are listed (when their deletion was
// asked for, how they ended; the first 50), with offsets "+1d+02:00:00" past a day. A Job of 60 pods
// with ttlSecondsAfterFinished 100000 finishes at +11s and is deleted (foreground) at +100011s = +1d+03:46:51.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ttl }
spec:
  duration: 28h
  cluster: { nodePools: [{ name: w, count: 10, capacity: { cpu: "64", memory: 64Gi, pods: 110 } }] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: many }
spec:
  completions: 60
  parallelism: 60
  ttlSecondsAfterFinished: 100000
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'readme/text-deleted-first-50',
  source: 'README "The text report" (deleted objects: the first 50; +1d+02:00:00 past a day); ttlafterfinished_controller.go (expireAt = finish + TTL, Foreground)',
  scenario,
  check(r, h) {
    h.eq(h.job('many').metadata.deletionTimestamp, '2026-01-02T03:46:51Z', 'TTL deletion');
    const dir = mkdtempSync(join(tmpdir(), 'txt-'));
    const f = join(dir, 's.yaml'); writeFileSync(f, scenario);
    const p = spawnSync('node_modules/.bin/jobsim', ['run', f], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = p.stdout.split('\n');
    const i = lines.findIndex((l) => l.startsWith('Deleted during the run'));
    h.assert(i >= 0, 'a deleted-objects section');
    h.assert(lines[i].includes('61'), 'counts all 61: ' + lines[i]);
    const rows = lines.slice(i + 2).filter((l, k, a) => a.slice(0, k + 1).every((x) => x.trim() !== ''));
    const objRows = rows.filter((l) => l.startsWith('+'));
    h.eq(objRows.length, 50, 'the first 50 rows');
    h.assert(objRows.every((l) => l.startsWith('+1d+03:46:51')), 'day offsets as +1d+03:46:51: ' + objRows[0]);
    h.assert(rows.some((l) => /11 more/.test(l)), 'the rest summarised: ' + rows.slice(-2).join('|'));
  },
};
