// jobsim check: a property { cronJob: cj, namespace: a, maxLateness: 30s } names a/cj, not b/cj. a/cj (Forbid, 3m Jobs,
// every 2 minutes) starts its 00:04 slot when the 00:02 Job completes (00:05:01.1): 1m1s late. The counterexample
// keeps a/cj and drops b/cj (not named by a property).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c2}
spec:
  duration: 10m
  check:
    runs: 1
    properties:
    - {cronJob: cj, namespace: a, maxLateness: 30s}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: a}
spec:
  schedule: "*/2 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 3m}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: b}
spec:
  schedule: "*/2 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'namespaces/ns26-check-cronjob-property-namespace',
  source: 'README jobsim check (per CronJob maxLateness; shrinking removes objects the properties do not name); cronjob Forbid starts the blocked slot late (reference §2.6 j)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'nscheck-'));
    const f = join(dir, 'c2.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 1, 'broken');
    h.eq(p.stdout.split('\n')[1], '  cronJob a/cj: maxLateness 30s: the Job for 2026-01-01T00:04:00Z started 1m1s late', 'message');
    const cx = readFileSync(join(dir, 'c2.counterexample.yaml'), 'utf8');
    h.assert(/namespace: a\b/.test(cx) && !/namespace: b\b/.test(cx), 'counterexample keeps a/cj only');
    // the same property on b/cj holds
    writeFileSync(f, scenario.replace('namespace: a, maxLateness', 'namespace: b, maxLateness'));
    const q = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(q.status, 0, `b holds: ${q.stdout}`);
  },
};
