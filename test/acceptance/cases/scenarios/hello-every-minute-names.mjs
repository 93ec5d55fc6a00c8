// scenarios/hello-every-minute.yaml: Jobs hello-29453761..70 at +1m..+10m (names = scheduled minute since the
// epoch), the scheduled-timestamp annotation, Complete 11s later, history limit 3: SuccessfulDelete of the
// oldest at +4m11s, +5m11s, ... +10m11s (before SawCompletedJob in the same sync), only -68, -69, -70 left.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/hello-every-minute-names',
  source: 'scenarios/hello-every-minute.yaml comment; kubernetes pkg/controller/cronjob/utils.go getJobFromTemplate2/getTimeHashInMinutes; cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/hello-every-minute.yaml'), 'utf8'),
  check(r, h) {
    const created = h.events({ reason: 'SuccessfulCreate', kind: 'CronJob' });
    h.eq(created.map((e) => [e.message, h.sec(e.firstTimestamp)]), Array.from({ length: 10 }, (_, i) => [`Created job hello-${29453761 + i}`, 60 * (i + 1)]), 'Jobs created');
    h.eq(h.events({ reason: 'SuccessfulDelete', kind: 'CronJob' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), Array.from({ length: 7 }, (_, i) => [`Deleted job hello-${29453761 + i}`, 60 * (i + 4) + 11]), 'history deletions');
    const log = r.events.filter((e) => e.involvedObject.kind === 'CronJob' && h.sec(e.firstTimestamp) === 251).map((e) => e.reason);
    h.eq(log, ['SuccessfulDelete', 'SawCompletedJob'], 'order at +4m11s');
    h.eq(h.of('Job').filter((j) => !j.metadata.deletionTimestamp).map((j) => j.metadata.name), ['hello-29453768', 'hello-29453769', 'hello-29453770'], 'Jobs left');
    const j = h.job('hello-29453770');
    h.eq(j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:10:00Z', 'annotation');
    h.eq([j.metadata.ownerReferences[0].kind, j.metadata.ownerReferences[0].name, j.metadata.ownerReferences[0].controller, j.metadata.ownerReferences[0].blockOwnerDeletion], ['CronJob', 'hello', true, true], 'ownerReference');
    const cj = h.cronjob('hello');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, cj.status.active], ['2026-01-01T00:10:00Z', '2026-01-01T00:10:11Z', undefined], 'CronJob status');
  },
};
