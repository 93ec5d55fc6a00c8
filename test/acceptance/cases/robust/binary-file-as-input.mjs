// A binary file (an executable) given as FILE: exit 2, nothing simulated, every problem line positioned
// (file:line:col), no stack trace, and it ends with the count line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
export default {
  id: 'robust/binary-file-as-input',
  source: 'CONTRACT.md §1 (exit 2: file, line and column where known, every problem); project bar (never a stack trace)',
  scenario: 'apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: s}\n',
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'rb-'));
    const f = join(dir, 'bin.yaml');
    const bytes = Buffer.alloc(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; bytes[i] = x >> 16; }
    bytes.write('\x7fELF', 0, 'latin1');
    writeFileSync(f, bytes);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f], { encoding: 'utf8', timeout: 30_000 });
    h.eq(p.status, 2, 'exit');
    h.eq(p.stdout, '', 'stdout');
    const lines = p.stderr.trimEnd().split('\n');
    h.assert(/^\d+ problem\(s\) found; nothing was simulated\.$/.test(lines.at(-1)), `count line: ${lines.at(-1)}`);
    for (const l of lines.slice(0, -1)) h.assert(l.startsWith(`${f}:`) && /^[^:]+:\d+:\d+: /.test(l), `positioned: ${l.slice(0, 120)}`);
    h.assert(!/\n\s+at \S|TypeError|RangeError/.test(p.stderr), 'no stack trace');
  },
};
