// `Counterexample written to FILE (N lines)`: N is the number of lines of the file written (as
// `wc -l` counts a newline-terminated file), not one more.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
export default {
  id: 'checklib/counterexample-line-count',
  source: 'README "jobsim check" ("Counterexample written to ... (32 lines)")',
  scenario: readFileSync(join(process.cwd(), 'scenarios/check-broken-policy.yaml'), 'utf8'),
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'cbpl-'));
    const f = join(dir, 'p.yaml');
    copyFileSync(join(process.cwd(), 'scenarios/check-broken-policy.yaml'), f);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 1, 'exit');
    const text = readFileSync(join(dir, 'p.counterexample.yaml'), 'utf8');
    h.assert(text.endsWith('\n'), 'file ends with a newline');
    const n = text.split('\n').length - 1;
    const m = /\((\d+) lines\)/.exec(p.stdout);
    h.eq(Number(m?.[1]), n, `printed line count vs the file's ${n} lines`);
  },
};
