// scenarios/indexed-per-index-backoff.yaml: five index pods at +0s (failure-count "0"); replacements for
// indexes 1 and 3 at +40s (failure-count "1"); index 3 failed at +70s; FailureTarget and Failed (FailedIndexes,
// "Job has failed indexes") at +71s; completedIndexes "0-2,4", failedIndexes "3", succeeded 4, failed 3;
// backoffLimit defaulted to MaxInt32.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/indexed-per-index-backoff-shards',
  source: 'scenarios/indexed-per-index-backoff.yaml comment; kubernetes pkg/controller/job/job_controller.go syncJob (FailedIndexes when failed+succeeded indexes cover completions); indexed_job_utils.go (job-index-failure-count); pkg/apis/batch/v1/defaults.go (backoffLimit MaxInt32 with backoffLimitPerIndex)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/indexed-per-index-backoff.yaml'), 'utf8'),
  check(r, h) {
    const pods = h.podsOf('shards').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], h.sec(p.metadata.creationTimestamp), h.exitCodeOf(p)]).sort((a, b) => a[2] - b[2] || a[0].localeCompare(b[0]));
    h.eq(pods, [['0', '0', 0, 0], ['1', '0', 0, 1], ['2', '0', 0, 0], ['3', '0', 0, 1], ['4', '0', 0, 0], ['1', '1', 40, 0], ['3', '1', 40, 1]], 'pods');
    const j = h.job('shards');
    h.eq([j.spec.backoffLimit, j.status.completedIndexes, j.status.failedIndexes, j.status.succeeded, j.status.failed], [2147483647, '0-2,4', '3', 4, 3], 'status');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', 'Job has failed indexes', 71], ['Failed', 'FailedIndexes', 'Job has failed indexes', 71]], 'conditions');
    h.eq(h.events({ reason: 'FailedIndexes' }).map((e) => [e.type, h.sec(e.firstTimestamp)]), [['Warning', 71]], 'event');
  },
};
