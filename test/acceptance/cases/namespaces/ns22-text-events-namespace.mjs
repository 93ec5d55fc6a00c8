// With objects in several namespaces the report is kubectl get -A's, and the sections that follow must still tell
// the objects apart: two CronJobs "cj" in a and b make Jobs of the same names, so the event log, the deleted-objects
// table, the pod-count table and the condition timeline need the namespace (kubectl get events -A: NAMESPACE column
// first). Expected: each of those tables has a NAMESPACE column when the report is -A.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const cj = (ns, limit) => `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: ${ns}}
spec:
  schedule: "* * * * *"
  successfulJobsHistoryLimit: ${limit}
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
const scenario = cj('a', 1) + '---\n' + cj('b', 2);
export default {
  id: 'namespaces/ns22-text-events-namespace',
  source: 'kubectl get events -A (printers WithNamespace: NAMESPACE column); README "The text report" (-A tables)',
  args: ['--duration', '3m30s'],
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'nstext-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '--duration', '3m30s'], { encoding: 'utf8' }).stdout;
    h.assert(out.includes('$ kubectl get cronjobs,jobs,pods -A -o wide'), '-A report');
    const headerAfter = (title) => { const ls = out.split('\n'); const i = ls.findIndex((l) => l.startsWith(title)); return i < 0 ? '' : ls[i + 1]; };
    for (const t of ['Events (', 'Deleted during the run', 'Job pod counts', 'Job conditions']) {
      const hd = headerAfter(t);
      h.assert(/^NAMESPACE\b|\bNAMESPACE\b/.test(hd), `section "${t}" has no NAMESPACE column: ${JSON.stringify(hd)}`);
    }
  },
};
