// scenarios/cronjob-replace.yaml: at 00:10 and 00:20 the running Job is deleted (SuccessfulDelete "Deleted job X")
// and the new one created in the same sync; the replaced Jobs' pods get SIGTERM (exit 143); the replaced Jobs
// never get a finished condition; 29453770 and 29453780 complete at 00:14:17 and 00:24:10; 29453785 runs at the end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/cronjob-replace-timeline',
  source: 'scenarios/cronjob-replace.yaml comment; kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (ReplaceConcurrent: deleteJob with Background propagation, then create); garbagecollector',
  scenario: readFileSync(join(process.cwd(), 'scenarios/cronjob-replace.yaml'), 'utf8'),
  check(r, h) {
    const cjEv = r.events.filter((e) => e.involvedObject.kind === 'CronJob').map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(cjEv, [
      [300, 'SuccessfulCreate', 'Created job refresh-cache-29453765'],
      [600, 'SuccessfulDelete', 'Deleted job refresh-cache-29453765'],
      [600, 'SuccessfulCreate', 'Created job refresh-cache-29453770'],
      [857, 'SawCompletedJob', 'Saw completed job: refresh-cache-29453770, condition: Complete'],
      [900, 'SuccessfulCreate', 'Created job refresh-cache-29453775'],
      [1200, 'SuccessfulDelete', 'Deleted job refresh-cache-29453775'],
      [1200, 'SuccessfulCreate', 'Created job refresh-cache-29453780'],
      [1450, 'SawCompletedJob', 'Saw completed job: refresh-cache-29453780, condition: Complete'],
      [1500, 'SuccessfulCreate', 'Created job refresh-cache-29453785'],
    ], 'CronJob events');
    for (const n of ['refresh-cache-29453765', 'refresh-cache-29453775']) {
      const j = h.job(n);
      h.assert(j.metadata.deletionTimestamp, `${n} deleted`);
      h.eq((j.status.conditions ?? []).filter((c) => c.type === 'Complete' || c.type === 'Failed').length, 0, `${n} finished conditions`);
      h.eq(h.podsOf(n).map((p) => [p.status.phase, h.exitCodeOf(p)]), [['Failed', 143]], `${n} pod`);
    }
    const cj = h.cronjob('refresh-cache');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, (cj.status.active ?? []).map((a) => a.name)], ['2026-01-01T00:25:00Z', '2026-01-01T00:24:10Z', ['refresh-cache-29453785']], 'CronJob status');
  },
};
