// scenarios/cronjob-forbid.yaml as kubectl shows it at +11m: the 00:10 slot was refused (JobAlreadyActive) and
// lastScheduleTime stays at 00:05, so LAST SCHEDULE reads 6m, ACTIVE 1; only report-29453765 exists, Running.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runText, tableOf, rowOf } from '../../text-tables.mjs';
const scenario = readFileSync(join(process.cwd(), 'scenarios/cronjob-forbid.yaml'), 'utf8');
export default {
  id: 'scenrev/cronjob-forbid-last-schedule-held',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (Forbid with active jobs: JobAlreadyActive event and return before LastScheduleTime is set); pkg/printers/internalversion/printers.go printCronJob (ACTIVE len(status.active), LAST SCHEDULE translateTimestampSince(lastScheduleTime))',
  scenario,
  args: ['--duration', '11m'],
  check(r, h) {
    const cj = h.cronjob('report');
    h.eq([cj.status.lastScheduleTime, (cj.status.active ?? []).map((a) => a.name)], ['2026-01-01T00:05:00Z', ['report-29453765']], 'CronJob status at +11m');
    h.eq(h.events({ reason: 'JobAlreadyActive' }).map((e) => h.sec(e.firstTimestamp)), [600], 'JobAlreadyActive at 00:10');
    const out = runText(scenario, ['--duration', '11m']);
    const row = rowOf(tableOf(out, 'cronjob.batch'), 'cronjob.batch/report');
    h.eq([row.SCHEDULE, row.TIMEZONE, row.SUSPEND, row.ACTIVE, row['LAST SCHEDULE'], row.AGE], ['*/5 * * * *', '<none>', 'False', '1', '6m', '11m'], 'cronjob row');
    h.eq(tableOf(out, 'job.batch').rows.map((j) => [j.NAME, j.STATUS]), [['job.batch/report-29453765', 'Running']], 'jobs');
  },
};
