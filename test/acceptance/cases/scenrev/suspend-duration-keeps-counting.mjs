// scenarios/suspend-resume.yaml as kubectl shows it at +13m30s, 30s after both Jobs were suspended again: STATUS
// Suspended, COMPLETIONS 2/4, and DURATION 3m30s, still counted from the startTime of the +10m resume, which
// a suspension keeps (up to 1.35 by default), while no pod runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runText, tableOf, rowOf } from '../../text-tables.mjs';
const scenario = readFileSync(join(process.cwd(), 'scenarios/suspend-resume.yaml'), 'utf8');
export default {
  id: 'scenrev/suspend-duration-keeps-counting',
  source: 'kubernetes pkg/controller/job/job_controller.go syncJob (suspension sets Suspended=True "JobSuspended" and leaves StartTime; only a resume resets it); pkg/printers/internalversion/printers.go printJob (Suspended status; Duration time.Since(StartTime) when CompletionTime is nil)',
  scenario,
  args: ['--duration', '13m30s'],
  check(r, h) {
    for (const n of ['import-a', 'import-b']) {
      const j = h.job(n);
      h.eq([j.status.startTime, j.status.succeeded, j.status.active ?? 0, j.status.failed ?? 0], ['2026-01-01T00:10:00Z', 2, 0, 0], `${n} status`);
      h.hasCond(j, 'Suspended', 'JobSuspended');
    }
    const t = tableOf(runText(scenario, ['--duration', '13m30s']), 'job.batch');
    for (const n of ['import-a', 'import-b']) {
      const row = rowOf(t, `job.batch/${n}`);
      h.eq([row.STATUS, row.COMPLETIONS, row.DURATION, row.AGE], ['Suspended', '2/4', '3m30s', '13m'], `${n} row`);
    }
  },
};
