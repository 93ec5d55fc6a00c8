// simulate() called from plain JavaScript with something that is neither YAML text nor an array of
// documents (null, a single object, a number) gets InvalidScenarioError, the library's typed error for
// bad input, not a TypeError from inside the loader ("objects.forEach is not a function").
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const script = `
import { simulate } from 'jobsim';
const out = [];
for (const input of [null, { apiVersion: 'batch/v1', kind: 'Job' }, 42]) {
  try { simulate(input); out.push('no throw'); } catch (e) { out.push(e.name + ': ' + String(e.message).split('\\n')[0]); }
}
process.stdout.write(JSON.stringify(out));
`;
function consumer() {
  const dir = mkdtempSync(join(tmpdir(), 'consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(process.cwd(), join(dir, 'node_modules', 'jobsim'));
  writeFileSync(join(dir, 'package.json'), '{"name":"consumer","type":"module"}');
  return dir;
}
export default {
  id: 'inputerrors/library-non-list-input',
  source: 'CONTRACT.md §1 (simulate(input: string | object[]) ...); README (simulate() throws InvalidScenarioError on invalid input); plain Node consumers have no type checker',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
`,
  check(r, h) {
    const m = join(consumer(), 'use.mjs');
    writeFileSync(m, script);
    const p = spawnSync(process.execPath, [m], { encoding: 'utf8' });
    h.eq(p.status, 0, `library run: ${p.stderr.slice(0, 300)}`);
    const out = JSON.parse(p.stdout);
    h.assert(out.every((x) => x.startsWith('InvalidScenarioError: ')), `typed errors: ${JSON.stringify(out)}`);
  },
};
