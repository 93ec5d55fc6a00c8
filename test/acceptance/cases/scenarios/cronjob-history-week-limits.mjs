// scenarios/cronjob-history-week.yaml: 167 Jobs (01:00 Monday .. 23:00 Sunday), 152 Complete / 15 Failed
// (BackoffLimitExceeded, backoffLimit 0); first deletion 07:02:59 Monday (29459580); the 03:00 failed run
// (Failed 03:04:06) deleted Tuesday 04:03:40; left: 5 successful (18,19,20,22,23h Sunday) + 2 failed (11h, 21h).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/cronjob-history-week-limits',
  source: 'scenarios/cronjob-history-week.yaml comment; kubernetes pkg/controller/cronjob/cronjob_controllerv2.go cleanupFinishedJobs/removeOldestJobs (sorted by startTime, per class)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/cronjob-history-week.yaml'), 'utf8'),
  timeoutMs: 120_000,
  check(r, h) {
    const jobs = h.of('Job');
    h.eq(jobs.length, 167, 'Jobs');
    h.eq(jobs.filter((j) => h.cond(j, 'Complete')).length, 152, 'Complete');
    h.eq(jobs.filter((j) => h.cond(j, 'Failed')?.reason === 'BackoffLimitExceeded').length, 15, 'Failed');
    const dels = h.events({ reason: 'SuccessfulDelete', kind: 'CronJob' });
    h.eq([dels[0].message, dels[0].firstTimestamp], ['Deleted job hourly-export-29459580', '2026-01-05T07:02:59Z'], 'first deletion');
    h.eq(h.cond(h.job('hourly-export-29459700'), 'Failed')?.lastTransitionTime, '2026-01-05T03:04:06Z', '03:00 run Failed');
    h.eq(dels.find((e) => e.message === 'Deleted job hourly-export-29459700')?.firstTimestamp, '2026-01-06T04:03:40Z', '03:00 failed run deleted');
    const left = jobs.filter((j) => !j.metadata.deletionTimestamp);
    const hhOf = (j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'].slice(11, 13);
    h.eq(left.filter((j) => h.cond(j, 'Complete')).map(hhOf), ['18', '19', '20', '22', '23'], 'successful left');
    h.eq(left.filter((j) => h.cond(j, 'Failed')).map(hhOf), ['11', '21'], 'failed left');
    h.assert(left.every((j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'].startsWith('2026-01-11')), 'all left on Sunday');
    h.eq(h.of('Pod').filter((p) => !p.metadata.deletionTimestamp).length, 7, 'pods left');
    h.eq([r.metrics.jobs.complete, r.metrics.jobs.failed], [152, 15], 'metrics');
  },
};
