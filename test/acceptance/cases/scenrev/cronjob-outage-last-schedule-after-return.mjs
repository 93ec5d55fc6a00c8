// scenarios/cronjob-outage.yaml at +48m, just after the controller came back (+47m): sync-no-deadline ran the
// 00:40 slot, so LAST SCHEDULE 8m; sync-deadline-5m skipped it silently and its lastScheduleTime is still 00:10
// (LAST SCHEDULE 38m), as the comment says, until 00:50.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runText, tableOf, rowOf } from '../../text-tables.mjs';
const scenario = readFileSync(join(process.cwd(), 'scenarios/cronjob-outage.yaml'), 'utf8');
export default {
  id: 'scenrev/cronjob-outage-last-schedule-after-return',
  source: 'kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (earliest = max(lastScheduleTime, now - startingDeadlineSeconds)); cronjob_controllerv2.go syncCronJob (scheduledTime == nil: "No unmet start times", status untouched); printers.go printCronJob',
  scenario,
  args: ['--duration', '48m'],
  check(r, h) {
    h.eq(h.cronjob('sync-deadline-5m').status.lastScheduleTime, '2026-01-01T00:10:00Z', 'sync-deadline-5m lastScheduleTime');
    h.eq(h.cronjob('sync-no-deadline').status.lastScheduleTime, '2026-01-01T00:40:00Z', 'sync-no-deadline lastScheduleTime');
    const t = tableOf(runText(scenario, ['--duration', '48m']), 'cronjob.batch');
    h.eq(['cronjob.batch/sync-deadline-5m', 'cronjob.batch/sync-no-deadline'].map((n) => rowOf(t, n)['LAST SCHEDULE']), ['38m', '8m'], 'LAST SCHEDULE');
  },
};
