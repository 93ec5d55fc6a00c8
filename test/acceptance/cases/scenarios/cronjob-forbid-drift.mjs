// scenarios/cronjob-forbid.yaml: JobAlreadyActive at 00:10, 00:15, 00:20, 00:25; Jobs 29453765 at 00:05:00,
// 29453770 at 00:12:01, 29453775 at 00:19:02, 29453785 at 00:26:03 (00:20 never runs); lastScheduleTime 00:25.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/cronjob-forbid-drift',
  source: 'scenarios/cronjob-forbid.yaml comment; kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (Forbid: JobAlreadyActive, no lastScheduleTime change; mostRecentScheduleTime picks the latest missed slot)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/cronjob-forbid.yaml'), 'utf8'),
  check(r, h) {
    h.eq(h.events({ reason: 'JobAlreadyActive' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [600, 900, 1200, 1500].map((t) => [t, 'Not starting job because prior execution is running and concurrency policy is Forbid']), 'JobAlreadyActive');
    h.eq(h.jobsOf('report').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['report-29453765', 300, '2026-01-01T00:05:00Z'],
      ['report-29453770', 721, '2026-01-01T00:10:00Z'],
      ['report-29453775', 1142, '2026-01-01T00:15:00Z'],
      ['report-29453785', 1563, '2026-01-01T00:25:00Z'],
    ], 'Jobs');
    const cj = h.cronjob('report');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, (cj.status.active ?? []).map((a) => a.name)], ['2026-01-01T00:25:00Z', '2026-01-01T00:26:03Z', ['report-29453785']], 'CronJob status');
    h.eq(h.events({ reason: 'SawCompletedJob' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[721, 'Saw completed job: report-29453765, condition: Complete'], [1142, 'Saw completed job: report-29453770, condition: Complete'], [1563, 'Saw completed job: report-29453775, condition: Complete']], 'SawCompletedJob');
  },
};
