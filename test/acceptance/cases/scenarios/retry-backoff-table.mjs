// scenarios/retry-backoff.yaml: the comment's table, exactly: pods at +0,20,50,100,190,360,690s, each failing
// 10s later; FailureTarget and Failed (BackoffLimitExceeded) at +701s, one Warning event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/retry-backoff-table',
  source: 'scenarios/retry-backoff.yaml comment; kubernetes pkg/controller/job/backoff_utils.go getRemainingTimeForFailuresCount; job_controller.go exceedsBackoffLimit (failed > backoffLimit, restartPolicy Never)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/retry-backoff.yaml'), 'utf8'),
  check(r, h) {
    const pods = h.podsOf('flaky-report');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50, 100, 190, 360, 690], 'creation');
    h.eq(pods.map((p) => h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)), [10, 30, 60, 110, 200, 370, 700], 'failure');
    const j = h.job('flaky-report');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 701],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 701],
    ], 'conditions');
    h.eq(h.events({ reason: 'BackoffLimitExceeded' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [['Warning', 'Job has reached the specified backoff limit', 701]], 'event');
    h.eq([j.status.failed, j.status.succeeded ?? 0], [7, 0], 'counts');
  },
};
