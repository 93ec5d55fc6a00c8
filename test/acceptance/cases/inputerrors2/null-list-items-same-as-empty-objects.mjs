// Every list of objects in a Job: an item written `null` is the zero object, exactly as `{}` (the API
// server's JSON decoder leaves a null slice element at its zero value). So each `[null]` below must give
// the same exit status and the same problem lines as the same manifest with `[{}]`: today some crash
// (internal error, exit 1) and some are silently accepted (env, ports, podFailurePolicy rules).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = (specExtra, podExtra, ctrExtra, metaExtra = '') => `apiVersion: batch/v1
kind: Job
metadata: {name: a${metaExtra}}
spec:
  completionMode: Indexed
  completions: 2
  ${specExtra}
  template:
    spec:
      ${podExtra}
      containers: [{name: c, image: busybox${ctrExtra}}]
      restartPolicy: Never
`;
const fragments = [
  ['successPolicy: {rules: [X]}', '', ''],
  ['podFailurePolicy: {rules: [X]}', '', ''],
  ['podFailurePolicy: {rules: [{action: Ignore, onPodConditions: [X]}]}', '', ''],
  ['', 'tolerations: [X]', ''],
  ['', 'volumes: [X]', ''],
  ['', 'initContainers: [X]', ''],
  ['', 'affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [X]}}}', ''],
  ['', '', ', env: [X]'],
  ['', '', ', ports: [X]'],
  ['', '', ', volumeMounts: [X]'],
];
export default {
  id: 'inputerrors2/null-list-items-same-as-empty-objects',
  source: 'encoding/json decode (a null array element of struct type stays the zero struct); pkg/apis/batch/validation and pkg/apis/core/validation run on the zero objects; CONTRACT.md §1',
  scenario: job('', '', ''),
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'nullitems-'));
    const run = (text) => {
      const f = join(dir, 'x.yaml');
      writeFileSync(f, text);
      const p = spawnSync(bin, ['run', f, '-o', 'summary'], { encoding: 'utf8' });
      return { code: p.status, lines: p.stderr.split('\n').filter((l) => l.includes(f)).map((l) => l.replace(f, 'F')) };
    };
    const bad = [];
    for (const [s, p, c] of fragments) {
      const sub = (x, v) => x.replace('X', v);
      // `null` and `{}` have different widths: pad `{}` so that columns after the item agree
      const withNull = run(job(sub(s, 'null'), sub(p, 'null'), sub(c, 'null')));
      const withEmpty = run(job(sub(s, '{}  '), sub(p, '{}  '), sub(c, '{}  ')));
      if (withNull.code !== withEmpty.code || JSON.stringify(withNull.lines) !== JSON.stringify(withEmpty.lines)) {
        bad.push(`${s || p || c}: [null] exit ${withNull.code} ${JSON.stringify(withNull.lines).slice(0, 120)} vs [{}] exit ${withEmpty.code} ${JSON.stringify(withEmpty.lines).slice(0, 120)}`);
      }
    }
    h.assert(bad.length === 0, `${bad.length} of ${fragments.length} differ: ${bad.join(' || ')}`);
  },
};
