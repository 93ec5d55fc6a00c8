// README "Testing your policies": docs/testing.md "has a complete vitest example". Its first ts block is
// run as written (imports 'fast-check', 'vitest', 'jobsim'), with vitest's describe/it replaced by a
// two-line shim and 'jobsim' resolved to the package's plain-Node entry: both tests pass.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
export default {
  id: 'readme/docs-testing-example-runs',
  source: 'README Testing your policies ("docs/testing.md has a complete vitest example"; plain Node gets the same exports through an entry that loads the sources with tsx); docs/testing.md "A complete example (vitest)"',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: noop}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  timeoutMs: 120000,
  check(r, h) {
    const root = process.cwd();
    const md = readFileSync(join(root, 'docs/testing.md'), 'utf8');
    const m = md.match(/```ts\n([\s\S]*?)```/);
    h.assert(m, 'docs/testing.md has a ts block');
    const dir = mkdtempSync(join(tmpdir(), 'doc-'));
    writeFileSync(join(dir, 'shim.mjs'), "export const describe = (n, f) => f();\nexport const it = (n, f) => { f(); console.log('PASS ' + n); };\n");
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const entry = pathToFileURL(join(root, pkg.exports['.'].default)).href;
    const fcEntry = pathToFileURL(join(root, 'node_modules/fast-check/lib/fast-check.js')).href;
    const src = m[1]
      .replace("from 'vitest'", `from '${pathToFileURL(join(dir, 'shim.mjs')).href}'`)
      .replace("from 'jobsim'", `from '${entry}'`)
      .replace("from 'fast-check'", `from '${fcEntry}'`);
    writeFileSync(join(dir, 'etl.mjs'), src);
    const p = spawnSync(process.execPath, [join(dir, 'etl.mjs')], { encoding: 'utf8', cwd: root, timeout: 110000 });
    h.eq(p.status, 0, 'example exits 0: ' + p.stderr.slice(0, 300));
    h.eq((p.stdout.match(/^PASS /gm) ?? []).length, 2, 'both tests pass: ' + p.stdout.slice(-300));
  },
};
