// scenarios/tour.yaml (what `npm start` runs): flaky-migration fails twice (15s pods, exit 1,1,0),
// replacements 10s then 20s after each failure, Complete one second after the third pod succeeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/tour-flaky-migration',
  source: 'scenarios/tour.yaml comment; kubernetes pkg/controller/job/backoff_utils.go getRemainingTimeForFailuresCount (10s*2^(n-1) from finishedAt); job_controller.go syncJob 1s batch (syncJobBatchPeriod)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/tour.yaml'), 'utf8'),
  check(r, h) {
    const pods = h.podsOf('flaky-migration');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 25, 60], 'pod creation offsets');
    h.eq(pods.map((p) => h.exitCodeOf(p)), [1, 1, 0], 'exit codes');
    h.eq(pods.map((p) => h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)), [15, 40, 75], 'finishedAt');
    const j = h.job('flaky-migration');
    h.eq([j.status.succeeded, j.status.failed, j.status.active ?? 0], [1, 2, 0], 'succeeded/failed/active');
    h.eq(h.sec(j.status.completionTime), 76, 'completionTime');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 76], ['Complete', 'CompletionsReached', 76]], 'conditions');
    h.eq(h.events({ reason: 'Completed', name: 'flaky-migration' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [['Job completed', 76]], 'Completed event');
  },
};
