// README "The text report": "every Job condition in the order it was set". Job b's pod (2200ms) and Job
// a's pod (2700ms) end in the same second; b is Complete at 3.2s, a at 3.7s (the event log shows b's
// "Completed" first). The conditions table must list b's SuccessCriteriaMet/Complete before a's; jobsim
// sorts by the second-precision lastTransitionTime and then by Job name, so a comes first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 2700ms}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 2200ms}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'results/text-condition-order',
  source: 'README "The text report" (every Job condition in the order it was set); README "Timestamps" (two things in the same second keep their order)',
  scenario,
  check(r, h) {
    h.eq(r.events.filter((e) => e.reason === 'Completed').map((e) => e.involvedObject.name), ['b', 'a'], 'b completed first (event order)');
    const dir = mkdtempSync(join(tmpdir(), 'cord-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f], { encoding: 'utf8' });
    const lines = p.stdout.split('\n');
    const i = lines.indexOf('Job conditions, in the order they were set:');
    const rows = lines.slice(i + 2, i + 6).map((l) => l.split(/\s{2,}/).slice(1, 3).join(' '));
    h.eq(rows, ['job/b SuccessCriteriaMet=True', 'job/b Complete=True', 'job/a SuccessCriteriaMet=True', 'job/a Complete=True'], 'conditions in the order they were set');
  },
};
