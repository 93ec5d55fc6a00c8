// Black-box acceptance cases derived from upstream (pkg/controller/job, pkg/controller/cronjob,
// pkg/apis/*/validation, the node lifecycle, scheduler and kubelet), each checking exact values
// in the result JSON, in the format of the project's shared acceptance runner: a scenario, the
// expected exit status and a check over the result. Run here in-process through the CLI entry.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/main.ts';
// @ts-expect-error: a plain ES module shared with the acceptance runner, without types
import * as helpers from './helpers.mjs';

interface AcceptanceCase {
  id: string;
  source: string;
  scenario: string;
  args?: string[];
  exit?: number;
  runs?: number;
  /** a case that runs long (every scenario, say) says how long it may take */
  timeoutMs?: number;
  check(r: unknown, h: unknown): void | Promise<void>;
}

const here = new URL('.', import.meta.url).pathname;
const casesDir = join(here, 'cases');
const work = mkdtempSync(join(tmpdir(), 'jobsim-acceptance-'));

for (const area of readdirSync(casesDir).sort()) {
  describe(`acceptance: ${area}`, () => {
    for (const file of readdirSync(join(casesDir, area)).filter((f) => f.endsWith('.mjs')).sort()) {
      // read before the case is imported (inside the test), since vitest takes the limit up front
      const declared = /\btimeoutMs:\s*([\d_]+)/.exec(readFileSync(join(casesDir, area, file), 'utf8'))?.[1];
      it(file.replace(/\.mjs$/, ''), async () => {
        const c = ((await import(pathToFileURL(join(casesDir, area, file)).href)) as { default: AcceptanceCase }).default;
        const path = join(work, `${area}-${file.replace(/\.mjs$/, '')}.yaml`);
        writeFileSync(path, c.scenario);
        // every run also checks the simulator's invariants (--check): an upstream behaviour a case
        // pins must never read as a violation, and a violation fails the case with its message
        const args = [path, '-o', 'json', ...(c.args ?? []), ...((c.exit ?? 0) === 0 ? ['--check'] : [])];
        const results = Array.from({ length: c.runs ?? 1 }, () => runCommand(args));
        const r0 = results[0]!;
        expect(r0.code, `${c.id}: exit status (stderr: ${r0.stderr.slice(0, 300)})`).toBe(c.exit ?? 0);
        for (const r of results) expect(r.stdout, `${c.id}: identical runs`).toBe(r0.stdout);
        const input = (c.exit ?? 0) === 0 ? JSON.parse(r0.stdout) : { stdout: r0.stdout, stderr: r0.stderr };
        await c.check(input, (helpers as { bind(r: unknown): unknown }).bind(input));
      }, declared ? Number(declared.replace(/_/g, '')) : 60_000);
    }
  });
}
