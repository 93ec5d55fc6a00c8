// scenarios/cronjob-outage.yaml: controller down +15m..+47m. sync-no-deadline creates ONE Job at 00:47:00 named
// after and annotated with the 00:40 slot; sync-deadline-5m (SDS 300) creates nothing then and emits nothing;
// both run the 00:50 slot; no TooManyMissedTimes, no MissSchedule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/cronjob-outage-deadline',
  source: 'scenarios/cronjob-outage.yaml comment; kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (earliest = max(lastScheduleTime, now - startingDeadlineSeconds)); reference cronjob-and-friends §2.6 g-h',
  scenario: readFileSync(join(process.cwd(), 'scenarios/cronjob-outage.yaml'), 'utf8'),
  check(r, h) {
    const jobs = (cj) => h.jobsOf(cj).map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]);
    h.eq(jobs('sync-no-deadline'), [['sync-no-deadline-29453770', 600, '2026-01-01T00:10:00Z'], ['sync-no-deadline-29453800', 2820, '2026-01-01T00:40:00Z'], ['sync-no-deadline-29453810', 3000, '2026-01-01T00:50:00Z']], 'no deadline');
    h.eq(jobs('sync-deadline-5m'), [['sync-deadline-5m-29453770', 600, '2026-01-01T00:10:00Z'], ['sync-deadline-5m-29453810', 3000, '2026-01-01T00:50:00Z']], 'deadline 5m');
    h.eq(r.events.filter((e) => e.involvedObject.name === 'sync-deadline-5m' && h.sec(e.firstTimestamp) > 900 && h.sec(e.firstTimestamp) < 3000).length, 0, 'nothing said about sync-deadline-5m during/after the outage before 00:50');
    h.eq(r.events.filter((e) => ['TooManyMissedTimes', 'MissSchedule'].includes(e.reason)).length, 0, 'no missed-schedule warnings');
    h.eq(h.cronjob('sync-deadline-5m').status.lastScheduleTime, '2026-01-01T00:50:00Z', 'lastScheduleTime at the end');
  },
};
