// Contract §1: the library entry point is the package's main export simulate(input: string | object[],
// options?: { seed, duration }) => SimulationResult, the object of §3: the same document the CLI prints
// for the same input, seed and duration; invalid input throws (InvalidScenarioError with every issue).
// (Run under a TypeScript-aware loader; see library-plain-node for plain Node.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: lib}
spec:
  seed: 5
---
apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  completions: 3
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
const script = (file) => `
import { readFileSync } from 'node:fs';
import { simulate } from 'jobsim';
import YAML from 'yaml';
const text = readFileSync(${JSON.stringify(file)}, 'utf8');
const out = {};
out.plain = simulate(text);
out.opts = simulate(text, { seed: 7, duration: '90s' });
out.objects = simulate(YAML.parseAllDocuments(text).map((d) => d.toJS()));
try { simulate('apiVersion: batch/v1\\nkind: Job\\nmetadata: {name: x}\\nspec: {parallelism: -1}\\n'); out.threw = false; }
catch (e) { out.threw = { name: e.name, n: Array.isArray(e.issues) ? e.issues.length : -1, msg: String(e.message) }; }
process.stdout.write(JSON.stringify(out));
`;

/** A consumer directory whose node_modules holds the project as the package 'jobsim' (and its yaml). */
function consumer() {
  const dir = mkdtempSync(join(tmpdir(), 'consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(process.cwd(), join(dir, 'node_modules', 'jobsim'));
  symlinkSync(join(process.cwd(), 'node_modules', 'yaml'), join(dir, 'node_modules', 'yaml'));
  writeFileSync(join(dir, 'package.json'), '{"name":"consumer","type":"module"}');
  return dir;
}
export default {
  id: 'contract/library-simulate',
  source: 'CONTRACT.md §1 (simulate(input, options?) => SimulationResult); README (simulate() throws InvalidScenarioError with every issue)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'lib-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const m = join(consumer(), 'use.mjs');
    writeFileSync(m, script(f));
    // tsx (the project's dependency) resolved from the project directory
    const p = spawnSync(process.execPath, ['--import', 'tsx', m], { encoding: 'utf8', cwd: process.cwd() });
    h.eq(p.status, 0, `library run: ${p.stderr.slice(0, 300)}`);
    const out = JSON.parse(p.stdout);
    h.eq(out.plain, r, 'simulate(text) = jobsim run -o json');
    h.eq(out.objects, r, 'simulate(objects) = simulate(text)');
    h.eq(out.opts.spec, { seed: 7, start: '2026-01-01T00:00:00Z', end: '2026-01-01T00:01:30Z', endedBy: 'duration' }, 'options seed and duration');
    h.assert(out.threw && out.threw.name === 'InvalidScenarioError' && out.threw.n >= 2, `throws InvalidScenarioError with every issue: ${JSON.stringify(out.threw)}`);
  },
};
