// scenarios/nightly-backup.yaml: a Job at 03:00:00 each day (29459700 + 1440 per day), :latest pulls (Pulling/
// Pulled on every container start), night 3 restarts in place at 03:19:02 and 03:59:37 (restartCount 2, no
// new pod), Complete 04:21:42; history cleanup at Jan 8 03:24:47 and Jan 9 03:41:45; lastSuccessfulTime.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/nightly-backup-week',
  source: 'scenarios/nightly-backup.yaml comment; kubernetes pkg/apis/core/v1/defaults.go SetDefaults_Container (:latest -> Always); pkg/kubelet/images/image_manager.go (Pulling image / Successfully pulled image); cronjob_controllerv2.go cleanupFinishedJobs',
  scenario: readFileSync(join(process.cwd(), 'scenarios/nightly-backup.yaml'), 'utf8'),
  check(r, h) {
    h.eq(h.events({ reason: 'SuccessfulCreate', kind: 'CronJob' }).map((e) => [e.message, e.firstTimestamp]), [0, 1, 2, 3, 4].map((d) => [`Created job nightly-backup-${29459700 + 1440 * d}`, `2026-01-0${5 + d}T03:00:00Z`]), 'daily Jobs');
    const p3 = h.podsOf('nightly-backup-29462580');
    h.eq(p3.length, 1, 'night 3: one pod');
    const cs = p3[0].status.containerStatuses[0];
    h.eq([cs.restartCount, cs.lastState.terminated.exitCode, cs.lastState.terminated.startedAt, cs.lastState.terminated.finishedAt, cs.state.terminated.startedAt], [2, 1, '2026-01-07T03:19:02Z', '2026-01-07T03:59:37Z', '2026-01-07T03:59:37Z'], 'night 3 container');
    h.eq(h.events({ name: p3[0].metadata.name, reason: 'Pulling' }).map((e) => e.firstTimestamp), ['2026-01-07T03:00:00Z', '2026-01-07T03:19:02Z', '2026-01-07T03:59:37Z'], 'Always pulls at each start');
    h.eq(h.events({ name: p3[0].metadata.name, reason: 'Pulled' })[0].message, 'Successfully pulled image "my-backup-tool:latest" in 0s (0s including waiting)', 'Pulled message');
    h.eq(h.events({ name: p3[0].metadata.name, reason: 'BackOff' }).length, 0, 'no BackOff on night 3');
    h.eq(h.job('nightly-backup-29462580').status.completionTime, '2026-01-07T04:21:42Z', 'night 3 Complete');
    h.eq(h.events({ reason: 'SuccessfulDelete', kind: 'CronJob' }).map((e) => [e.message, e.firstTimestamp]), [['Deleted job nightly-backup-29459700', '2026-01-08T03:24:47Z'], ['Deleted job nightly-backup-29461140', '2026-01-09T03:41:45Z']], 'history deletions');
    h.eq(h.cronjob('nightly-backup').status, { lastScheduleTime: '2026-01-09T03:00:00Z', lastSuccessfulTime: '2026-01-09T03:41:45Z' }, 'CronJob status');
    h.eq(h.of('Pod').filter((p) => !p.metadata.deletionTimestamp).length, 3, 'three pods left');
  },
};
