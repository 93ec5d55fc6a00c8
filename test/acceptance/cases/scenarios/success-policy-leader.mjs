// scenarios/success-policy.yaml: leader (index 0) exits 0 at +120s; +121s SuccessCriteriaMet (SuccessPolicy,
// "Matched rules at index 0") and the three workers deleted (exit 143); +122s Complete, completionTime 00:02:02;
// succeeded 1, completedIndexes "0", failed 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/success-policy-leader',
  source: 'scenarios/success-policy.yaml comment; kubernetes pkg/controller/job/success_policy.go matchSuccessPolicy ("Matched rules at index %d"); job_controller.go trackJobStatusAndRemoveFinalizers (pods of a SuccessCriteriaMet Job not counted as failed)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/success-policy.yaml'), 'utf8'),
  check(r, h) {
    const j = h.job('leader-worker');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 121], ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 122]], 'conditions');
    h.eq([j.status.succeeded, j.status.failed ?? 0, j.status.completedIndexes, j.status.completionTime], [1, 0, '0', '2026-01-01T00:02:02Z'], 'status');
    const pods = h.podsOf('leader-worker');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)]).sort(), [['0', 'Succeeded', 0, 120], ['1', 'Failed', 143, 121], ['2', 'Failed', 143, 121], ['3', 'Failed', 143, 121]], 'pods');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [121, 121, 121], 'deletions');
    h.eq(h.events({ reason: 'Completed', kind: 'Job' }).map((e) => h.sec(e.firstTimestamp)), [122], 'Completed event');
  },
};
