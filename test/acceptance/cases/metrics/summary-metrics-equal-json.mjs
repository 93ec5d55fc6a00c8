// README: "-o summary prints the same document without items and events, and does not keep deleted
// objects or events in memory at all". The metrics must not depend on that: for a busy two-day run with
// random node failures, taint evictions, failed Jobs and CronJob history clean-up, -o summary and
// -o json give the same metrics (byte for byte) and counts.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const scenario = readFileSync(join(here, 'consistency-random-two-days.mjs'), 'utf8').split('const scenario = `')[1].split('`;')[0];
export default {
  id: 'metrics/summary-metrics-equal-json',
  source: 'README "The result" (-o summary); CONTRACT §1 (-o summary: the same document without items and events)',
  scenario,
  timeoutMs: 120_000,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'metrics-sum-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const out = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'summary'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    h.eq(out.status, 0, 'summary exit');
    const s = JSON.parse(out.stdout);
    h.assert(h.events({ reason: 'TaintManagerEviction' }).length > 0 && r.metrics.jobs.failed > 0, 'a run with evictions and failures');
    h.eq(JSON.stringify(s.metrics), JSON.stringify(r.metrics), 'metrics');
    h.eq(s.counts, r.counts, 'counts');
  },
};
