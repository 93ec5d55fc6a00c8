// Contract §1 / README: "The library entry point is the package's main export" and "Node 20 or newer".
// A plain Node 20 consumer (no TypeScript loader) must be able to `import { simulate } from 'jobsim'`.
// The package's main/exports point at src/index.ts, which Node cannot load (ERR_UNKNOWN_FILE_EXTENSION on
// Node 20; Node 22+ refuses to strip types under node_modules).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  id: 'contract/library-plain-node',
  source: 'CONTRACT.md §1 ("The library entry point is the package\'s main export: simulate(...)"); README "Node 20 or newer"; Node ESM loader (no .ts loading)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const dir = consumer();
    const m = join(dir, 'use.mjs');
    writeFileSync(m, `import { simulate } from 'jobsim';\nconst res = simulate('apiVersion: batch/v1\\nkind: Job\\nmetadata: {name: pi}\\nspec:\\n  template:\\n    spec:\\n      containers: [{name: c, image: busybox:1.36}]\\n      restartPolicy: Never\\n');\nprocess.stdout.write(JSON.stringify(res));\n`);
    const p = spawnSync(process.execPath, [m], { encoding: 'utf8', cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
    h.eq(p.status, 0, `plain node import of 'jobsim': ${p.stderr.split('\n').find((l) => /Error|ERR_/.test(l)) ?? p.stderr.slice(0, 200)}`);
    h.eq(JSON.parse(p.stdout), r, 'same result as the CLI');
  },
};
