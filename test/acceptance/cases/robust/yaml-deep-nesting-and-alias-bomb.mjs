// Pathological YAML: 20,000 nested flow sequences in a label value and a billion-laughs alias chain. Each is
// exit 2 with a positioned yaml problem, quickly, no stack trace and no crash of the process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const job = (labelValue) => `apiVersion: batch/v1
kind: Job
metadata:
  name: a
  labels:
    x: ${labelValue}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]'];
for (const [n, p] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g']]) bomb.push(`${n}: &${n} [${Array(10).fill('*' + p).join(',')}]`);
export default {
  id: 'robust/yaml-deep-nesting-and-alias-bomb',
  source: 'project bar (exit 2, file:line:col, never a stack trace); goyaml.v2 decode.go alias expansion limits (allowedAliasRatio)',
  scenario: 'apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: s}\n',
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const inputs = { 'deep.yaml': job('['.repeat(20000) + ']'.repeat(20000)), 'bomb.yaml': bomb.join('\n') + '\n' };
    for (const [name, text] of Object.entries(inputs)) {
      const f = join(dir, name);
      writeFileSync(f, text);
      const p = spawnSync(bin, ['run', f], { encoding: 'utf8', timeout: 30_000 });
      h.eq(p.signal, null, `${name}: finished`);
      h.eq(p.status, 2, `${name}: exit`);
      h.assert(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: yaml: `, 'm').test(p.stderr), `${name}: positioned yaml problem: ${p.stderr.slice(0, 200)}`);
      h.assert(!/\n\s+at \S|TypeError/.test(p.stderr), `${name}: no stack trace`);
    }
  },
};
