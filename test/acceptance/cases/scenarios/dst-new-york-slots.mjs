// scenarios/dst-new-york.yaml: skipped 02:30 on 2026-03-08 (spring forward), twice 01:30 on 2026-11-01 (fall
// back); Job names are UTC minutes; the annotation is in the CronJob's zone with its offset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/dst-new-york-slots',
  source: 'scenarios/dst-new-york.yaml comment; robfig/cron v3 spec.go SpecSchedule.Next (TZ= prefix, DST); kubernetes pkg/controller/cronjob/utils.go getJobFromTemplate2 (CronJobScheduledTimestampAnnotation in the time zone, RFC3339)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/dst-new-york.yaml'), 'utf8'),
  check(r, h) {
    const rows = h.of('Job').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]);
    h.eq(rows, [
      ['repeated-hour-29891850', '2026-11-01T05:30:00Z', '2026-11-01T01:30:00-04:00'],
      ['repeated-hour-29891910', '2026-11-01T06:30:00Z', '2026-11-01T01:30:00-05:00'],
      ['skipped-hour-29547810', '2026-03-07T07:30:00Z', '2026-03-07T02:30:00-05:00'],
      ['skipped-hour-29550630', '2026-03-09T06:30:00Z', '2026-03-09T02:30:00-04:00'],
    ], 'Jobs');
    h.eq([h.cronjob('skipped-hour').status.lastScheduleTime, h.cronjob('repeated-hour').status.lastScheduleTime], ['2026-03-09T06:30:00Z', '2026-11-01T06:30:00Z'], 'lastScheduleTime');
  },
};
